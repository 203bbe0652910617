import type { Line } from '../sentences/lines.js';
import { chineseNumber, circledNumber } from './numerals.js';

/**
 * The numbering styles of a reply, outermost first. The rank orders them when
 * they nest; levels are then relative to the styles the reply actually uses.
 */
export type MarkerKind = 'chapter' | 'section' | 'item' | 'subitem' | 'circled' | 'enum';

export const MARKER_RANK: Record<MarkerKind, number> = { chapter: 1, section: 2, item: 3, subitem: 4, circled: 5, enum: 6 };

/** A numbering found in the text (a candidate: the tree builder still checks the sequence). */
export interface MarkerHit {
  kind: MarkerKind;
  ordinal: number;
  /** the numbering as written: 一、 （二） 3. 一是 */
  marker: string;
  /** where the measure starts: the line's first non-blank character, or the marker itself when inline */
  start: number;
  /** offset just after the marker (and any blanks): the heading starts here */
  markerEnd: number;
  /** end of the line holding the marker */
  lineEnd: number;
  /** the marker opens its line (possibly after markdown # or ** ) */
  atLineStart: boolean;
  /** the line is a markdown heading (# …) */
  markdown: boolean;
}

const CN = '[一二三四五六七八九十]{1,3}';
const LINE_PATTERNS: { kind: MarkerKind; re: RegExp; num: (s: string) => number | null }[] = [
  { kind: 'section', re: new RegExp(`[（(][\\s\\u3000]*(${CN})[\\s\\u3000]*[）)][、．.]?`, 'y'), num: chineseNumber },
  { kind: 'subitem', re: /[（(][\s\u3000]*(\d{1,2})[\s\u3000]*[）)]/y, num: Number },
  { kind: 'enum', re: new RegExp(`(${CN})是(?!否)`, 'y'), num: chineseNumber },
  { kind: 'chapter', re: new RegExp(`(${CN})[\\s\\u3000]*[、．.]`, 'y'), num: chineseNumber },
  { kind: 'item', re: /(\d{1,2})[\s\u3000]*(?:[、．]|\.(?!\d))/y, num: Number },
  { kind: 'circled', re: /([①-⑳])/y, num: circledNumber },
];

/** Markdown heading hashes and an opening bold mark before a line's numbering. */
const LINE_PREFIX = /(#{1,6}[\s\u3000]*)?(?:\*\*|__)?[\s\u3000]*/y;
const BLANKS = /[\s\u3000]*/y;

/** An inline 一是 / 二是 after punctuation (or a closing bold mark) inside running text. */
const INLINE_ENUM = new RegExp(`(?<=[。；;：:，,！!？?]|\\*\\*)[\\s\\u3000]*(?:\\*\\*)?(${CN})是(?!否)`, 'g');

function skip(text: string, re: RegExp, at: number): number {
  re.lastIndex = at;
  re.exec(text);
  return re.lastIndex;
}

/** The numbering at the start of a line, if any. */
export function lineMarker(text: string, line: Line): MarkerHit | null {
  if (line.trimmed === '') return null;
  LINE_PREFIX.lastIndex = line.contentStart;
  const prefix = LINE_PREFIX.exec(text);
  const at = LINE_PREFIX.lastIndex;
  const markdown = !!prefix?.[1];
  for (const p of LINE_PATTERNS) {
    p.re.lastIndex = at;
    const m = p.re.exec(text);
    if (!m || m.index !== at || at >= line.end) continue;
    const ordinal = p.num(m[1]!);
    if (ordinal === null || ordinal < 1) continue;
    const end = p.re.lastIndex;
    return {
      kind: p.kind, ordinal, marker: m[0].trim(), start: line.contentStart, markerEnd: skip(text, BLANKS, end), lineEnd: line.end,
      atLineStart: true, markdown,
    };
  }
  return null;
}

/** Every numbering of the text: line-start markers and inline 一是 … in running text, in text order. */
export function findMarkers(text: string, allLines: readonly Line[]): MarkerHit[] {
  const out: MarkerHit[] = [];
  const lineAt: Line[] = [];
  for (const line of allLines) {
    const hit = lineMarker(text, line);
    if (hit) out.push(hit);
    lineAt.push(line);
  }
  let li = 0;
  for (const m of text.matchAll(INLINE_ENUM)) {
    const pos = m.index + m[0].indexOf(m[1]!);
    while (li < lineAt.length - 1 && lineAt[li]!.end < pos) li++;
    const line = lineAt[li]!;
    if (out.some((h) => h.atLineStart && h.start <= pos && pos < h.markerEnd)) continue;
    const ordinal = chineseNumber(m[1]!);
    if (ordinal === null) continue;
    const end = pos + m[1]!.length + 1;
    out.push({ kind: 'enum', ordinal, marker: `${m[1]}是`, start: pos, markerEnd: end, lineEnd: line.end, atLineStart: false, markdown: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
