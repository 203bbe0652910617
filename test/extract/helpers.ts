import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractContext } from '../../src/extract/context.js';
import { recognizeEntities, type Recognizer } from '../../src/extract/entities/index.js';
import { emptyFields } from '../../src/extract/header/index.js';
import { extractMeasures } from '../../src/extract/measures/index.js';
import { splitSentences } from '../../src/extract/sentences/index.js';
import type { Mention } from '../../src/extract/types.js';
import type { EntityType, ReplyFields } from '../../src/ontology/index.js';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** The text of a seed reply by its id or a prefix of it (000 … 004). */
export function seed(id: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(id));
  if (!file) throw new Error(`no seed ${id}`);
  return readFileSync(join(SEEDS, file), 'utf8');
}

/** A hand-built context for a text (fields null unless given; no sentences or measures). */
export function ctxOf(text: string, fields: Partial<ReplyFields> = {}): ExtractContext {
  return {
    doc: { id: 't', file: 't.txt', text }, text, sentences: [], fields: { ...emptyFields(), ...fields }, measures: [], lexicons: { user: [], userFiles: [] },
  };
}

/** The extraction context of a text with its measures and sentences, as extract/index.ts builds it (no lexicons). */
export function contextOf(text: string, fields: Partial<ReplyFields> = {}): ExtractContext {
  const measures = extractMeasures(text);
  const sentences = splitSentences(text, measures.map((m) => m.start));
  return { ...ctxOf(text, fields), sentences, measures };
}

/** Names of one type after overlap selection with every recogniser. */
export function namesOf(text: string, type: Mention['type'], fields: Partial<ReplyFields> = {}): string[] {
  return [...new Set(recognizeEntities(ctxOf(text, fields)).filter((m) => m.type === type).map((m) => m.name))];
}

/** Names one recogniser proposes on its own. */
export function proposed(r: Recognizer, text: string, fields: Partial<ReplyFields> = {}): string[] {
  return [...new Set(r.recognize(ctxOf(text, fields)).map((m) => m.name))];
}

/** A hand-built mention of `surface` (its n-th occurrence) in `text`. */
export function mention(text: string, type: EntityType, surface: string, name = surface, nth = 0): Mention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(surface, at + 1);
  if (at < 0) throw new Error(`${surface} not in text`);
  return { type, name, surface, start: at, end: at + surface.length, source: 'test' };
}
