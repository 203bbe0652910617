import { readFileSync } from 'node:fs';
import { loadLexicons } from '../../src/lexicon/index.js';
import { processDoc } from '../../src/pipeline/process.js';
import type { Mention } from '../../src/extract/types.js';

/** Extract and resolve one seed. */
export function processSeed(id: string): Mention[] {
  const text = readFileSync(new URL(`../../seeds/${id}.txt`, import.meta.url), 'utf8');
  return processDoc({ id, file: `${id}.txt`, text } as Parameters<typeof processDoc>[0], loadLexicons()).mentions;
}
