import { readTxt } from './txt.js';
import { rowLine } from '../table-rows.js';
import type { ReaderResult } from './types.js';

/** A pipe table's row (| 2021年 | 3200人 |) and its delimiter row (|---|:---:|). */
const ROW = /^\s*\|(.*)\|\s*$/;
const DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Markdown: decoded like plain text, its pipe tables made rows of tab-separated
 * cells (the form a web page's data table takes, see html.ts), the delimiter row
 * dropped; everything else is kept as written.
 */
export function readMd(bytes: Uint8Array): ReaderResult {
  const r = readTxt(bytes);
  if (!r.text.includes('|')) return r;
  const text = r.text
    .split('\n')
    .filter((l) => !(DELIMITER.test(l) && l.includes('|'))) // a rule (---) without pipes stays
    .map((l) => {
      const m = ROW.exec(l);
      return m ? rowLine(m[1]!.split('|').map((c) => c.trim())) : l;
    })
    .join('\n');
  return { ...r, text };
}
