import type { Sentence } from '../types.js';

const END = new Set(['。', '！', '？', '!', '?', '；', ';', '\n']);

/**
 * Split a reply into sentences at 。！？； and at line ends. Spans are offsets
 * into `text`; leading and trailing white space is trimmed from each sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = 0; i < text.length; i++) {
    if (END.has(text[i]!)) {
      // keep a closing quote or bracket with the sentence it ends
      let e = i + 1;
      while (e < text.length && /[”’」』）)]/.test(text[e]!)) e++;
      push(start, e);
      start = e;
      i = e - 1;
    }
  }
  push(start, text.length);
  return out;
}
