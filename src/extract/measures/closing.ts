import type { Line } from '../sentences/lines.js';
import cues from './cues.json' with { type: 'json' };

/** a line holding only a date (2023年6月5日, 2024年6月20日印发), not a sentence starting with one */
const DATE_LINE = /^\d{4}[\s\u3000]*年[\s\u3000]*\d{1,2}[\s\u3000]*月[\s\u3000]*\d{1,2}[\s\u3000]*日[\s\u3000]*(?:印发|成文|发布|签发)?[)）]?$/;
const PUNCT = /[.．，。；：:,;、！？!?“”"（）()《》]/;

/** Strip markdown emphasis and heading marks from the start of a line. */
function bare(s: string): string {
  return s.replace(/^(#{1,6}[\s\u3000]*)?(\*\*|__)?[\s\u3000]*/, '');
}

/**
 * True when a line closes the reply's body: thanks (感谢…), 以上答复, contacts,
 * 抄送, a date line, the signing bureau alone on its line, page rules (---).
 */
export function isClosingLine(line: Line): boolean {
  const s = bare(line.trimmed);
  if (s === '') return false;
  if (cues.furnitureLines.includes(s)) return true;
  if (cues.closingLineStarts.some((c) => s.startsWith(c))) return true;
  if (DATE_LINE.test(s)) return true;
  if (s.length <= 30 && !PUNCT.test(s) && !/\s/.test(s) && cues.signatureSuffixes.some((x) => s.endsWith(x))) return true;
  return false;
}

/** Offset where the body ends: the start of the first closing line at or after `from` (else the text's end). */
export function bodyEnd(text: string, allLines: readonly Line[], from: number): number {
  for (const line of allLines) if (line.start >= from && isClosingLine(line)) return line.contentStart;
  return text.length;
}
