import type { Line } from '../sentences/lines.js';
import { cellsOf, isTableRow } from '../../ingest/table-rows.js';
import counts from './counts.json' with { type: 'json' };

/** Where a figure stands in a table: its column's header and its row's first cell. */
export interface TablePlace {
  /** the header of the figure's column (培训人数), null when the table has no header row */
  header: string | null;
  /** the first cell of the figure's row (2021年, 技能培训), null when the figure is that cell */
  rowLabel: string | null;
}

const HAS_DIGIT = /[0-9０-９]/;

/** A header cell without the words that make its column part of another (其中：博士 → 博士). */
function headerCell(cell: string): string {
  const lead = counts.tableHeaderLeads.find((w) => cell.startsWith(w) && cell.length > w.length);
  return lead ? cell.slice(lead.length).trim() : cell;
}

/**
 * Tables of a reply: runs of table rows (ingest/table-rows.ts), blank lines between rows allowed. The
 * first row is the header when none of its cells holds a digit. Returns where a
 * text position stands in one, or null outside tables.
 */
export function tablePlaces(textLines: readonly Line[]): (pos: number) => TablePlace | null {
  const rows: { line: Line; cells: string[]; header: string[] | null }[] = [];
  let current: { width: number; header: string[] | null } | null = null;
  for (const line of textLines) {
    if (line.trimmed === '') continue;
    const cells = isTableRow(line.trimmed) ? cellsOf(line.trimmed).map((c) => c.trim()) : null;
    if (!cells) {
      current = null;
      continue;
    }
    if (!current || current.width !== cells.length) {
      const isHeader = !cells.some((c) => HAS_DIGIT.test(c));
      current = { width: cells.length, header: isHeader ? cells.map(headerCell) : null };
      if (isHeader) continue;
    }
    rows.push({ line, cells, header: current.header });
  }
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
    const column = cellsOf(row.line.trimmed.slice(0, pos - row.line.contentStart)).length - 1;
    return { header: row.header?.[column] ?? null, rowLabel: column > 0 ? row.cells[0]! : null };
  };
}
