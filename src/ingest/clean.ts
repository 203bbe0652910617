import furniture from './data/furniture.json' with { type: 'json' };
import cues from './data/line-join.json' with { type: 'json' };
import { isTableRow } from './table-rows.js';

const INLINE = furniture.inline.map((p) => new RegExp(p, 'gu'));
const LINES = furniture.lines.map((p) => new RegExp(p, 'u'));
const PROSE = new Set(cues.prosePunctuation);
const TERMINAL = new Set(cues.terminal);
const NEW_BLOCK = cues.newBlockStarts.map((p) => new RegExp(p, 'u'));
const SENTENCE_END = new Set(cues.sentenceEnd);
const HAN = /\p{Script=Han}/u;

/**
 * Normalise decoded text into the clean text that SourceDoc.text holds (see README.md):
 * line endings, full-width ASCII letters/digits/space to half-width, invisible characters,
 * page furniture, indentation, blank-line runs, and line breaks inside sentences.
 */
export function cleanText(raw: string): string {
  const raws = normaliseWidth(raw)
    .replace(/\r\n?|[\u2028\u2029\u0085\f\v]/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .split('\n');
  const width = wrapWidth(raws);
  const indents = width !== null && raws.some((l) => INDENT.test(l));
  const kept: Line[] = [];
  for (const l of raws) {
    const text = removeFurniture(l);
    if (text === null) continue;
    const length = codePoints(l.trimEnd());
    kept.push({ text, full: width !== null && length >= width && length <= width + cues.hardWrap.hang, indented: indents && INDENT.test(l) });
  }
  return joinBrokenLines(kept, indents).replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

/** A line as the joiner sees it: its clean text, whether it runs to the hard-wrap width, whether it was indented. */
interface Line {
  text: string;
  full: boolean;
  indented: boolean;
}

const INDENT = /^[ \t]/;

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * The width a text file was hard-wrapped at (a PDF or a mail saved as text: every line of a paragraph
 * cut at the same number of characters), or null when it was not: the most common length among the
 * lines of at least `minLength` characters, shared (up to `hang` more for a closing mark hung on the
 * line) by at least `minLines` lines and `minShare` of those lines.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const w = cues.hardWrap;
  const counts = new Map<number, number>();
  let long = 0;
  for (const l of lines) {
    const n = codePoints(l.trimEnd());
    if (n < w.minLength) continue;
    long++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  // the width is the most common length (the longer on a tie); closing marks hung on the line count with it
  let best: number | null = null;
  for (const [n, c] of counts) if (best === null || c > counts.get(best)! || (c === counts.get(best)! && n > best)) best = n;
  let bestCount = 0;
  if (best !== null) for (let k = 0; k <= w.hang; k++) bestCount += counts.get(best + k) ?? 0;
  return best !== null && bestCount >= w.minLines && bestCount >= long * w.minShare ? best : null;
}

/**
 * Full-width ASCII letters and digits (Ａ１) and the ideographic / no-break spaces become their half-width forms;
 * the guillemets some editors put for title marks («…») become 《…》; one character each.
 */
export function normaliseWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000\u00a0«»]/g, (c) => {
    if (c === '«') return '《';
    if (c === '»') return '》';
    const code = c.charCodeAt(0);
    return code === 0x3000 || code === 0xa0 ? ' ' : String.fromCharCode(code - 0xfee0);
  });
}

/** The line without page furniture and surrounding spaces; null when the line was only furniture. */
function removeFurniture(line: string): string | null {
  let l = line.trim();
  if (l === '') return '';
  let cut = l;
  for (const re of INLINE) cut = cut.replace(re, '');
  if (cut !== l) {
    cut = cut.trim();
    if (cut === '') return null;
    l = cut;
  }
  for (const re of LINES) if (re.test(l)) return null;
  return l;
}

/** Whether a whole line is page furniture (a printed page number, a breadcrumb …). */
export function isFurnitureLine(line: string): boolean {
  return removeFurniture(line) === null;
}

/** Join lines split inside a sentence (a PDF wrap, a paragraph cut by a page break); blank lines between them go too. */
function joinBrokenLines(lines: readonly Line[], indents: boolean): string {
  const out: string[] = [];
  let pendingBlank = 0;
  let prevFull = false;
  for (const { text: line, full, indented } of lines) {
    if (line === '') {
      pendingBlank++;
      continue;
    }
    const prev = out[out.length - 1];
    if (prev !== undefined && continues(prev, line)) {
      out[out.length - 1] = prev + (needsSpace(prev, line) ? ' ' : '') + line;
    } else if (prev !== undefined && wrapContinues(prev, line, prevFull, indented, indents)) {
      // a hard wrap cuts anywhere, inside a word or a number too (0553-3|112345)
      out[out.length - 1] = prev + line;
    } else {
      if (out.length > 0) out.push(...Array<string>(Math.min(pendingBlank, 1)).fill(''));
      out.push(line);
    }
    prevFull = full;
    pendingBlank = 0;
  }
  return out.filter((l, i) => !(l === '' && out[i - 1] === '')).join('\n');
}

/** Whether `next` continues the sentence that `prev` leaves open. */
export function continues(prev: string, next: string): boolean {
  // table rows (table-rows.ts) are lines of their own
  if (isTableRow(prev) || isTableRow(next)) return false;
  const last = lastCharOf(prev);
  if (TERMINAL.has(last)) return false;
  if (!(HAN.test(last) || /[\p{L}\p{N}、，,（(“《]/u.test(last))) return false;
  const first = String.fromCodePoint(next.codePointAt(0)!);
  if (!(HAN.test(first) || /[\p{L}\p{N}，,。、；）)”》“《（(‘]/u.test(first))) return false;
  if (NEW_BLOCK.some((re) => re.test(next))) return false;
  if (isHeading(prev)) return false;
  // prose: the line has clause punctuation. A long line without any is more often a title or a
  // header field than half a sentence (PDF layout wraps are joined by readers/pdf.ts instead)
  for (const ch of prev) if (PROSE.has(ch)) return true;
  return false;
}

/**
 * In a hard-wrapped text, a line that runs to the wrap width goes on in the next, unless the next
 * starts a new block or a table row, or is indented in a text that indents its paragraphs; a line
 * ending a sentence at the width is continued only where indents tell paragraphs apart.
 */
function wrapContinues(prev: string, next: string, prevFull: boolean, nextIndented: boolean, indents: boolean): boolean {
  if (!prevFull || nextIndented) return false;
  if (isTableRow(prev) || isTableRow(next)) return false;
  if (NEW_BLOCK.some((re) => re.test(next))) return false;
  return indents || !TERMINAL.has(lastCharOf(prev));
}

/** The last character of a non-empty string, a surrogate pair whole (without spreading the string into an array). */
function lastCharOf(s: string): string {
  const c = s.charCodeAt(s.length - 1);
  return c >= 0xdc00 && c <= 0xdfff && s.length > 1 ? s.slice(-2) : s[s.length - 1]!;
}

/** A heading line: Markdown (#), or numbered like a new block with no sentence end in its first characters. */
function isHeading(line: string): boolean {
  if (line.startsWith('#')) return true;
  if (!NEW_BLOCK.some((re) => re.test(line))) return false;
  return ![...line.slice(0, cues.maxHeadingLength)].some((ch) => SENTENCE_END.has(ch));
}

/** Latin words split across lines keep a space between them; Chinese does not. */
function needsSpace(prev: string, next: string): boolean {
  return /[A-Za-z0-9]$/.test(prev) && /^[A-Za-z0-9]/.test(next);
}
