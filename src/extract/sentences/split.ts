import type { Sentence } from '../types.js';
import layout from './layout.json' with { type: 'json' };
import { lines } from './lines.js';
import { runsOn } from './runon.js';

const END = '。！？!?；;';
/** code unit → 1 for the characters that end a sentence (a flat table: the loop below visits every character) */
const IS_END = new Uint8Array(65536);
for (let k = 0; k < END.length; k++) IS_END[END.charCodeAt(k)] = 1;
const NEWLINE = 10;
/** closing quotes, brackets and bold marks stay with the sentence they end */
const CLOSER = /[”’」』）)*]/;
/** what is trimmed from a sentence's ends: blanks, markdown heading and bold marks */
const EDGE = /[\s\u3000#*]/;
const PAGE_LINES = layout.pageLines.map((p) => new RegExp(p));
/** A line that is only page furniture: a rule (---), a page number (- 3 -, 第2页). */
export function isPageLine(s: string): boolean {
  return s !== '' && PAGE_LINES.some((re) => re.test(s));
}

/**
 * Split a reply into sentences, the unit of evidence. A sentence ends at 。！？；
 * and at a line end, except where a sentence is broken by the layout (a line that
 * does not end a sentence, followed by a line that continues it); header lines
 * (办理结果：A, doc numbers, 签发人, titles) and headings stay separate. `breaks` are
 * offsets no sentence may cross (the starts of measures). Spans are offsets into
 * `text`; blanks, # and ** are trimmed from both ends. Page furniture lines (- 3 -,
 * 第2页, ---) between the halves of a broken sentence are skipped and dropped.
 */
export function splitSentences(text: string, breaks: readonly number[] = []): Sentence[] {
  const hard = new Set<number>(breaks);
  const all = lines(text);
  // line ends where the sentence goes on: the blank lines between are inside it
  const soft = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (line.trimmed === '') continue;
    if (isPageLine(line.trimmed)) continue;
    let j = i + 1;
    while (j < all.length && (all[j]!.trimmed === '' || isPageLine(all[j]!.trimmed))) j++;
    if (j < all.length && !hard.has(all[j]!.contentStart) && runsOn(text, line, all[j]!)) {
      for (let k = i; k < j; k++) soft.add(all[k]!.end);
    }
  }

  const out: Sentence[] = [];
  const push = (s: number, e: number) => {
    while (s < e && EDGE.test(text[s]!)) s++;
    while (e > s && EDGE.test(text[e - 1]!)) e--;
    if (e > s && !isPageLine(text.slice(s, e))) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (i > start && hard.size && hard.has(i)) {
      push(start, i);
      start = i;
    }
    if (IS_END[ch]) {
      let e = i + 1;
      while (e < text.length && CLOSER.test(text[e]!)) e++;
      push(start, e);
      start = e;
      i = e - 1;
    } else if (ch === NEWLINE && !soft.has(i) && !soft.has(i - 1)) {
      push(start, i);
      start = i + 1;
    }
  }
  push(start, text.length);
  return out;
}
