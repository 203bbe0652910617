/** A quoted phrase “…” of the text. */
export interface Quoted {
  /** span of the quote marks included */
  start: number;
  end: number;
  inner: string;
}

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"' };
/** opening quote code unit → closing quote (0: not an opening quote); a flat table, as the loops below visit every character */
const CLOSE_OF = new Uint16Array(65536);
for (const [o, c] of Object.entries(PAIRS)) CLOSE_OF[o.charCodeAt(0)] = c.charCodeAt(0);
const NOT_IN_QUOTE = /[\n。；]/;

/** Every quoted phrase up to maxLen characters, in text order (no nesting). */
export function findQuoted(text: string, maxLen = 40): Quoted[] {
  const out: Quoted[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = CLOSE_OF[text.charCodeAt(i)]!;
    if (!close) continue;
    const j = text.indexOf(String.fromCharCode(close), i + 1);
    if (j < 0) continue;
    const len = j - i - 1;
    if (len && len <= maxLen) {
      const inner = text.slice(i + 1, j);
      if (!NOT_IN_QUOTE.test(inner)) {
        out.push({ start: i, end: j + 1, inner });
        i = j;
      }
    }
  }
  return out;
}

/**
 * Runs of adjacent quotes (“A”“B”、“C”): quotes separated by nothing, 、 or ，
 * belong to one enumeration and share the cue that follows the last one.
 */
export function quoteChains(quotes: Quoted[], text: string): Quoted[][] {
  const chains: Quoted[][] = [];
  for (const q of quotes) {
    const last = chains.at(-1)?.at(-1);
    if (last && /^[、，,和及与]?$/.test(text.slice(last.end, q.start))) chains.at(-1)!.push(q);
    else chains.push([q]);
  }
  return chains;
}

const QUOTE_MARKS = '“”‘’「」『』"';
const IS_QUOTE = new Uint8Array(65536);
for (let i = 0; i < QUOTE_MARKS.length; i++) IS_QUOTE[QUOTE_MARKS.charCodeAt(i)] = 1;

/** The text with quote marks removed, and for each kept character its offset in the original. */
export function withoutQuotes(text: string): { text: string; offsets: Int32Array } {
  // one typed array, not a growing number[]: this runs over every reply's whole text
  const offsets = new Int32Array(text.length);
  const parts: string[] = [];
  let from = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (IS_QUOTE[text.charCodeAt(i)]) {
      if (i > from) parts.push(text.slice(from, i));
      from = i + 1;
    } else offsets[n++] = i;
  }
  if (from < text.length) parts.push(text.slice(from));
  return { text: parts.length === 1 && n === text.length ? text : parts.join(''), offsets: n === text.length ? offsets : offsets.subarray(0, n) };
}
