import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractContext } from '../../src/extract/context.js';
import { emptyFields } from '../../src/extract/header/index.js';
import { extractMeasures } from '../../src/extract/measures/index.js';
import { splitSentences } from '../../src/extract/sentences/index.js';
import type { Mention } from '../../src/extract/types.js';
import type { EntityType, ReplyFields } from '../../src/ontology/index.js';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** The text of a seed reply by its number prefix (000 … 004). */
export function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS, file), 'utf8');
}

/** The extraction context of a text, as extract/index.ts builds it (no entities, no lexicons). */
export function contextOf(text: string, fields: Partial<ReplyFields> = {}): ExtractContext {
  const measures = extractMeasures(text);
  const sentences = splitSentences(text, measures.map((m) => m.start));
  return {
    doc: { id: 't', file: 't.txt', text }, text, sentences, measures, fields: { ...emptyFields(), ...fields }, lexicons: { user: [], userFiles: [] },
  };
}

/** A hand-built mention of `surface` (its n-th occurrence) in `text`. */
export function mention(text: string, type: EntityType, surface: string, name = surface, nth = 0): Mention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(surface, at + 1);
  if (at < 0) throw new Error(`${surface} not in text`);
  return { type, name, surface, start: at, end: at + surface.length, source: 'test' };
}
