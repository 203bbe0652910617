import type { Sentence } from '../types.js';

/** Characters that end a sentence. */
const END = '。！？!?；;\n';
/** Closing quotes and brackets kept with the sentence they end. */
const CLOSERS = '”’」』）)';

/** code unit → 1 when in `chars` (a flat table: the split loop runs over every character of the corpus). */
function table(chars: string): Uint8Array {
  const t = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}
const IS_END = table(END);
const IS_CLOSER = table(CLOSERS);
const SPACE = /\s/;

/**
 * Split a reply into sentences at 。！？； and at line ends. Spans are offsets
 * into `text`; leading and trailing white space is trimmed from each sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (IS_END[text.charCodeAt(i)]) {
      // keep a closing quote or bracket with the sentence it ends
      let e = i + 1;
      while (e < n && IS_CLOSER[text.charCodeAt(e)]) e++;
      push(start, e);
      start = e;
      i = e - 1;
    }
  }
  push(start, n);
  return out;
}
