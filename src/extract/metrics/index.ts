import type { ExtractContext } from '../context.js';
import headerCues from '../header/cues.json' with { type: 'json' };
import { isClosingLine } from '../measures/closing.js';
import { lines } from '../sentences/lines.js';
import type { Metric } from '../types.js';
import { countsAndSource } from './counts.js';
import { headerUnitFigures, readTables, tablePlaces } from './table.js';
import { findFigures } from './figures.js';
import { yearOf } from './year.js';

export { findFigures, type Figure } from './figures.js';
export { countsOf } from './counts.js';
export { yearOf } from './year.js';

/** A header line of label: value form (联系部门及电话：…, 签发人：…) holds no figures; a whole reply run on after 张三代表： is no label line. */
const LABEL_LINE = /^[^，。：:,;；\s]{1,8}[：:][^。]{0,60}$/;
/** A row of a table labelled by its year (2021年, 2022年度) */
const ROW_YEAR = /^((?:19|20)\d{2})\s*年?度?$/;

/** A salutation line (尊敬的杨光明等3位代表：): its count of proposers is no figure the reply reports. */
const SALUTATION_LINE = new RegExp(`(?:${headerCues.honorifics.join('|')})们?[：:]$`);

/**
 * Figures with their unit, what they count and their year (培训6.3万余人 → value 63000,
 * unit 人, counts 开展各类企业在岗职工培训, year 2021). The value is scaled to the written
 * unit (2300万元 → 23000000 元); `surface` keeps the text. Header and closing lines
 * (contacts, 抄送) are skipped.
 */
export function extractMetrics(ctx: ExtractContext): Metric[] {
  const { text, sentences } = ctx;
  const replyYear = ctx.fields.date && /^\d{4}/.test(ctx.fields.date) ? Number(ctx.fields.date.slice(0, 4)) : null;
  const textLines = lines(text);
  const skipped = textLines.filter((l) => isClosingLine(l) || LABEL_LINE.test(l.trimmed) || SALUTATION_LINE.test(l.trimmed));
  const tables = readTables(textLines);
  const inTable = tablePlaces(tables);
  const figures = [...findFigures(text), ...headerUnitFigures(tables)].sort((a, b) => a.start - b.start);
  const out: Metric[] = [];
  let si = 0;
  let prevEnd = 0;
  for (const f of figures) {
    if (skipped.some((l) => l.start <= f.start && f.start < l.end)) continue;
    while (si < sentences.length - 1 && sentences[si]!.end <= f.start) si++;
    const sentence = sentences[si];
    const sStart = sentence && sentence.start <= f.start ? sentence.start : 0;
    const found = countsAndSource(text, f.start, f.end, Math.max(prevEnd, sStart));
    let counts = found.counts;
    // an enumeration (给予50万元、30万元、3万元) shares what its first figure counts
    const prev = out[out.length - 1];
    if (counts === '' && prev && /^[、和及与\s]*$/.test(text.slice(prev.end, f.start))) counts = prev.counts;
    let year = yearOf(text, sStart, f.start, replyYear);
    // a figure in a table counts what its column says, in its row's year or for its row's subject
    const cell = inTable(f.start);
    if (cell) {
      const rowYear = cell.rowLabel ? ROW_YEAR.exec(cell.rowLabel) : null;
      if (rowYear) year = Number(rowYear[1]);
      const subject = cell.rowLabel && !rowYear ? cell.rowLabel : '';
      counts = subject + (cell.header && cell.header !== subject ? cell.header : '') || counts;
    }
    out.push({ start: f.start, end: f.end, value: f.value, unit: f.unit, counts, year, surface: f.surface });
    // a noun the figure quantified (1270家企业) is not part of what the next figure counts
    prevEnd = found.nounAfter && text.startsWith(counts, f.end) ? f.end + counts.length : f.end;
  }
  return out;
}
