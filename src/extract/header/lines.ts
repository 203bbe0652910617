import type { Span } from '../types.js';

/** A line of the text with its offset; `clean` has markdown marks (#, *, >) and all whitespace removed. */
export interface Line extends Span {
  raw: string;
  clean: string;
}

/** A line's text without markdown marks (#, *, >) and whitespace: what the header's label patterns read. */
export function cleanLine(raw: string): string {
  return raw.replace(/[#*>_`]/g, '').replace(/[\s\u3000]/g, '');
}

/** The non-empty lines of a text. */
export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const clean = cleanLine(raw);
    if (clean) out.push({ start, end: start + raw.length, raw, clean });
    start += raw.length + 1;
  }
  return out;
}
