import { lines } from '../sentences/lines.js';
import type { Measure } from '../types.js';
import { bodyEnd } from './closing.js';
import { headingAt } from './heading.js';
import { findMarkers, lineMarker, MARKER_RANK, type MarkerHit, type MarkerKind } from './markers.js';
import { isPlannedHeading, isPlannedParagraph } from './planned.js';

export { chineseNumber } from './numerals.js';
export { isClosingLine } from './closing.js';
export type { MarkerKind } from './markers.js';

/** A numbering or an unnumbered next-steps paragraph, in text order. */
type Event = MarkerHit | { kind: 'next'; start: number; lineEnd: number };

interface Frame {
  rank: number;
  kind: MarkerKind | 'next';
  path: string;
  planned: boolean;
  children: number;
  lastOrdinal: Map<MarkerKind, number>;
}

function isBlank(ch: string | undefined): boolean {
  return ch !== undefined && /[\s\u3000]/.test(ch);
}

/** An inline 一是 only starts a list when a 二是 follows before any other numbering. */
function followedBySecond(events: readonly Event[], i: number): boolean {
  for (let j = i + 1; j < events.length; j++) {
    const e = events[j]!;
    if (e.kind !== 'enum') return false;
    return e.ordinal === 2;
  }
  return false;
}

/**
 * The reply's numbered structure (一、 (一) 1. （1） ① 一是, markdown headings and bold
 * runs holding them) as measures. Levels are relative to the numbering styles the
 * reply uses; a section runs until the next marker of its level or higher, or the
 * closing (感谢…, 联系人, 抄送, date, signature). The next-steps section (下一步 /
 * 下步工作措施 / 今后工作打算, or an unnumbered 下一步，我们将… paragraph, which becomes a
 * measure itself) is 'planned' with everything under it; the rest is 'done'.
 */
export function extractMeasures(text: string): Measure[] {
  const allLines = lines(text);
  const events: Event[] = findMarkers(text, allLines);
  for (const line of allLines) {
    if (!lineMarker(text, line) && isPlannedParagraph(line)) events.push({ kind: 'next', start: line.contentStart, lineEnd: line.end });
  }
  events.sort((a, b) => a.start - b.start);
  if (events.length === 0) return [];
  const end = bodyEnd(text, allLines, events[0]!.start);

  const out: Measure[] = [];
  const root: Frame = { rank: 0, kind: 'next', path: '', planned: false, children: 0, lastOrdinal: new Map() };
  const stack: Frame[] = [];
  const push = (depth: number, kind: MarkerKind | 'next', rank: number, start: number, marker: string, heading: string, plannedCue: boolean) => {
    stack.length = depth;
    const parent = depth > 0 ? stack[depth - 1]! : root;
    parent.children++;
    const path = parent === root ? String(parent.children) : `${parent.path}.${parent.children}`;
    const planned = parent.planned || plannedCue;
    stack.push({ rank, kind, path, planned, children: 0, lastOrdinal: new Map() });
    out.push({
      path, parentPath: parent === root ? null : parent.path, level: depth + 1, marker, heading, text: '', start, end: start,
      status: planned ? 'planned' : 'done',
    });
  };

  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.start >= end) break;
    if (e.kind === 'next') {
      if (stack.some((f) => f.planned)) continue;
      // the reply's own next steps sit at the top level, unless top-level sections follow
      const top = stack[0];
      const laterTop = top !== undefined && events.slice(i + 1).some((x) => x.start < end && x.kind === top.kind);
      const rank = stack.length === 0 ? 1 : laterTop ? stack[stack.length - 1]!.rank : top!.rank;
      let depth = stack.length;
      while (depth > 0 && stack[depth - 1]!.rank >= rank) depth--;
      push(depth, 'next', rank, e.start, '', headingAt(text, e.start, e.lineEnd, false), true);
      continue;
    }
    const rank = MARKER_RANK[e.kind];
    let depth = stack.length;
    while (depth > 0 && stack[depth - 1]!.rank >= rank) depth--;
    const parent = depth > 0 ? stack[depth - 1]! : root;
    const last = parent.lastOrdinal.get(e.kind) ?? 0;
    const ok = e.ordinal === 1 ? e.kind !== 'enum' || e.atLineStart || followedBySecond(events, i) : e.ordinal === last + 1;
    if (!ok) continue;
    parent.lastOrdinal.set(e.kind, e.ordinal);
    const heading = headingAt(text, e.markerEnd, e.lineEnd, !e.atLineStart, e.kind === 'enum');
    push(depth, e.kind, rank, e.start, e.marker, heading, isPlannedHeading(heading));
  }

  // each measure runs until the next measure of its level or higher, or the body's end
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    let stop = end;
    for (let j = i + 1; j < out.length; j++) {
      if (out[j]!.level <= m.level) {
        stop = out[j]!.start;
        break;
      }
    }
    while (stop > m.start && isBlank(text[stop - 1])) stop--;
    m.end = stop;
    m.text = text.slice(m.start, stop);
  }
  return out;
}
