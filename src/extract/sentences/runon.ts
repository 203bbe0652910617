import { isTableRow } from '../../ingest/table-rows.js';
import { isClosingLine } from '../measures/closing.js';
import { lineMarker } from '../measures/markers.js';
import layout from './layout.json' with { type: 'json' };
import type { Line } from './lines.js';

/** Marks that end a sentence (and so a line never runs on after them). */
export const TERMINAL = /[。！？!?；;：:]$/;
const CLOSERS = /[”’」』）)*]+$/;
const LABEL = new RegExp(`^[^，。：:,;；\\s]{1,${layout.labelMaxLength}}[：:]`);
const DOC_NUMBER = /〔\d{4}〕\d+号$/;
const COLUMNS = /\S[\s\u3000]{3,}\S/;

function bare(s: string): string {
  return s.replace(/^(#{1,6}[\s\u3000]*)/, '');
}

/** A header or title line (办理结果：A, doc numbers, 签发人, …的答复, markdown headings, bold-only lines). */
export function isHeaderLine(text: string, line: Line): boolean {
  const s = line.trimmed;
  if (s.startsWith('#')) return true;
  if (/^\*\*.*\*\*$/.test(s)) return true;
  if (LABEL.test(s) || DOC_NUMBER.test(s) || COLUMNS.test(s)) return true;
  if (layout.titleEnds.some((t) => s.endsWith(t))) return true;
  const marker = lineMarker(text, line);
  // a numbered title line (一、工作开展情况) is not running text
  if (marker && !/[。！？!?；;]/.test(s) && s.length < 40) return true;
  return false;
}

/**
 * True when `line` is a sentence broken by the layout that continues on `next`
 * (课程体 / 系。): the line does not end a sentence, is not a header or title, is long
 * or holds a comma or an unclosed quote, and the next line is not numbered, a
 * heading, a salutation or the closing.
 */
export function runsOn(text: string, line: Line, next: Line): boolean {
  const s = line.trimmed.replace(CLOSERS, (m) => (m.includes('*') ? '' : m));
  if (s === '' || next.trimmed === '') return false;
  // a table row (ingest/table-rows.ts) is a sentence of its own
  if (isTableRow(line.trimmed) || isTableRow(next.trimmed)) return false;
  if (TERMINAL.test(s) || /[。！？!?；;]$/.test(s.replace(CLOSERS, ''))) return false;
  if (isHeaderLine(text, line)) return false;
  const n = bare(next.trimmed);
  if (lineMarker(text, next) || next.trimmed.startsWith('#') || isClosingLine(next)) return false;
  if (LABEL.test(n) || (n.length <= 20 && /[：:]$/.test(n))) return false;
  return s.length >= layout.minRunOnLength || layout.runOnMarks.some((m) => s.endsWith(m)) || s.includes('，') || unclosed(s);
}

/** True when a line opens a quote or bracket it does not close (开展“技能 / 提升”培训). */
function unclosed(s: string): boolean {
  for (const [open, close] of [['“', '”'], ['《', '》'], ['（', '）'], ['(', ')']] as const) {
    if (s.split(open).length > s.split(close).length) return true;
  }
  return false;
}
