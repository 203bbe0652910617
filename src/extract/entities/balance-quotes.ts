import type { Mention } from '../types.js';

const PAIRS: Record<string, string> = { '”': '“', '」': '「', '』': '『', '’': '‘' };
const OPENERS = new Set(Object.values(PAIRS));
const CLOSER = /[”」』’]/;

/**
 * A surface form that closes a quote it did not open (八桂系列”劳务品牌, cut
 * right after the opening “) takes in the opening quote when it stands just
 * before, so that aliases read as written: “八桂系列”劳务品牌. The canonical
 * name is left as it is.
 */
export function balanceQuotes(m: Mention, text: string): Mention {
  if (!CLOSER.test(m.surface)) return m;
  let open = 0;
  let unmatched: string | null = null;
  for (const c of m.surface) {
    const opener = PAIRS[c];
    if (opener === undefined) {
      if (OPENERS.has(c)) open++;
      continue;
    }
    if (open > 0) open--;
    else if (unmatched === null) unmatched = opener;
  }
  if (unmatched === null || m.start === 0 || text[m.start - 1] !== unmatched) return m;
  const start = m.start - 1;
  return { ...m, start, surface: text.slice(start, m.end) };
}
