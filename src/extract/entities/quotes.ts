/** A quoted phrase “…” of the text. */
export interface Quoted {
  /** span of the quote marks included */
  start: number;
  end: number;
  inner: string;
}

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"' };

/** Every quoted phrase up to maxLen characters, in text order (no nesting). */
export function findQuoted(text: string, maxLen = 40): Quoted[] {
  const out: Quoted[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = PAIRS[text[i]!];
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0) continue;
    const inner = text.slice(i + 1, j);
    if (inner.length && inner.length <= maxLen && !/[\n。；]/.test(inner)) {
      out.push({ start: i, end: j + 1, inner });
      i = j;
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

/** The text with quote marks removed, and for each kept character its offset in the original. */
export function withoutQuotes(text: string): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if ('“”‘’「」『』"'.includes(text[i]!)) continue;
    out += text[i];
    offsets.push(i);
  }
  return { text: out, offsets };
}
