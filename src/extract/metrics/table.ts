import type { Line } from '../sentences/lines.js';
import { cellsOf, CELL_SEPARATOR, isTableRow } from '../../ingest/table-rows.js';
import counts from './counts.json' with { type: 'json' };
import units from './units.json' with { type: 'json' };
import { scale, type Figure } from './figures.js';

/** Where a figure stands in a table: its column's header and its row's first cell. */
export interface TablePlace {
  /** the header of the figure's column (培训人数), null when the table has no header row */
  header: string | null;
  /** the first cell of the figure's row (2021年, 技能培训), null when the figure is that cell */
  rowLabel: string | null;
}

/** A column's header: what it counts, and the unit it states for bare numbers (引进人才（人）, 资金（万元）). */
interface Column {
  label: string;
  unit: { unit: string; factor: number } | null;
}

interface Row {
  line: Line;
  cells: string[];
  header: Column[] | null;
}

/** The rows of a reply's tables, in text order. */
export type Tables = readonly Row[];

const HAS_DIGIT = /[0-9０-９]/;
const BRACKETED_UNIT = /[（(]\s*([^（()）]{1,4})\s*[)）]$/;
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
const SCALES = units.scales as Record<string, number>;

/** The unit a header states in brackets at its end: （人） → 人, （万元） → 元 × 10000; null when it states none. */
function unitOf(bracketed: string): Column['unit'] {
  const scale = Object.keys(SCALES).find((s) => bracketed.startsWith(s) && bracketed.length > s.length);
  const unit = scale ? bracketed.slice(scale.length) : bracketed;
  if (!units.units.includes(unit)) return null;
  return { unit, factor: scale ? SCALES[scale]! : 1 };
}

/** A header cell: without the words that make its column part of another (其中：博士 → 博士) and without its unit (引进人才（人） → 引进人才). */
function column(cell: string): Column {
  const lead = counts.tableHeaderLeads.find((w) => cell.startsWith(w) && cell.length > w.length);
  let label = lead ? cell.slice(lead.length).trim() : cell;
  const m = BRACKETED_UNIT.exec(label);
  const unit = m ? unitOf(m[1]!) : null;
  if (m && unit) label = label.slice(0, m.index).trim();
  return { label, unit };
}

/**
 * Tables of a reply: runs of table rows (ingest/table-rows.ts), blank lines
 * between rows allowed. The first row is the header when none of its cells
 * holds a digit.
 */
export function readTables(textLines: readonly Line[]): Tables {
  const rows: Row[] = [];
  let current: { width: number; header: Column[] | null } | null = null;
  for (const line of textLines) {
    if (line.trimmed === '') continue;
    const cells = isTableRow(line.trimmed) ? cellsOf(line.trimmed).map((c) => c.trim()) : null;
    if (!cells) {
      current = null;
      continue;
    }
    if (!current || current.width !== cells.length) {
      const isHeader = !cells.some((c) => HAS_DIGIT.test(c));
      current = { width: cells.length, header: isHeader ? cells.map(column) : null };
      if (isHeader) continue;
    }
    rows.push({ line, cells, header: current.header });
  }
  return rows;
}

/** Where a text position stands in a table, or null outside tables. */
export function tablePlaces(rows: Tables): (pos: number) => TablePlace | null {
  return (pos) => {
    // rows are in text order: the last one starting at or before pos
    let lo = 0;
    let hi = rows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rows[mid]!.line.contentStart <= pos) lo = mid;
      else hi = mid - 1;
    }
    const row = rows[lo];
    if (!row || row.line.contentStart > pos || pos >= row.line.end) return null;
    const index = cellsOf(row.line.trimmed.slice(0, pos - row.line.contentStart)).length - 1;
    return { header: row.header?.[index]?.label ?? null, rowLabel: index > 0 ? row.cells[0]! : null };
  };
}

/**
 * Figures written as bare numbers in a column whose header states the unit
 * (引进人才（人） over 21500): the unit text never follows them, so findFigures
 * does not see them.
 */
export function headerUnitFigures(rows: Tables): Figure[] {
  const out: Figure[] = [];
  for (const row of rows) {
    if (!row.header) continue;
    let at = row.line.contentStart;
    for (const [index, raw] of row.line.trimmed.split(CELL_SEPARATOR).entries()) {
      const cell = raw.trim();
      const unit = row.header[index]?.unit;
      if (index > 0 && unit && BARE_NUMBER.test(cell)) {
        const start = at + raw.indexOf(cell);
        out.push({ start, end: start + cell.length, value: scale(cell, unit.factor), unit: unit.unit, surface: cell });
      }
      at += raw.length + CELL_SEPARATOR.length;
    }
  }
  return out;
}
