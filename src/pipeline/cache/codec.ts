import type { ReplyExtraction } from '../../extract/index.js';

/**
 * Compact form of an extraction for the cache. Sentences, measures and
 * mentions repeat slices of the reply's text (`text`, `surface`); a field is
 * left out of the entry when, for every item of its list, it equals
 * `text.slice(start, end)`, and cut again from the text when read — so an
 * entry is a third of the size and decodes to an identical extraction.
 */
export interface EncodedExtraction {
  x: ReplyExtraction;
  /** "list.field" pairs left out, e.g. "measures.text" */
  elided: string[];
}

const SLICED: [list: 'sentences' | 'measures' | 'mentions', field: 'text' | 'surface'][] = [
  ['sentences', 'text'],
  ['measures', 'text'],
  ['mentions', 'surface'],
];

type Item = { start: number; end: number } & Record<string, unknown>;

export function encodeExtraction(x: ReplyExtraction): EncodedExtraction {
  const elided: string[] = [];
  const out: Record<string, unknown> = { ...x };
  for (const [list, field] of SLICED) {
    const items = x[list] as unknown as Item[];
    if (items.length && items.every((it) => it[field] === x.text.slice(it.start, it.end))) {
      out[list] = items.map((it) => {
        const { [field]: _drop, ...rest } = it;
        return rest;
      });
      elided.push(`${list}.${field}`);
    }
  }
  return { x: out as unknown as ReplyExtraction, elided };
}

export function decodeExtraction(e: EncodedExtraction): ReplyExtraction {
  const x = e.x;
  for (const pair of e.elided) {
    const [list, field] = pair.split('.') as [keyof ReplyExtraction, string];
    for (const it of x[list] as unknown as Item[]) it[field] = x.text.slice(it.start, it.end);
  }
  return x;
}
