/** A line of the reply with its offsets (end excludes the line break). */
export interface Line {
  start: number;
  end: number;
  /** the line without its leading and trailing white space (incl. U+3000) */
  trimmed: string;
  /** offset of `trimmed` in the text */
  contentStart: number;
}

const SPACE = /[\s\u3000]/;

/** The lines of `text`, blank lines included (their `trimmed` is ''). */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i;
      if (end > start && text[end - 1] === '\r') end--;
      let s = start;
      let e = end;
      while (s < e && SPACE.test(text[s]!)) s++;
      while (e > s && SPACE.test(text[e - 1]!)) e--;
      out.push({ start, end, trimmed: text.slice(s, e), contentStart: s });
      start = i + 1;
    }
  }
  return out;
}

/** True for white space, including the full-width space U+3000. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}
