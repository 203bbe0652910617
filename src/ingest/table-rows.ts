/**
 * How a table reaches the clean text (SourceDoc.text): one line per row, its
 * cells joined by a tab. The readers write rows so (readers/html.ts, a web page's
 * or a Word document's data table; readers/md.ts, a Markdown pipe table); line
 * joining leaves them apart (clean.ts), the sentence splitter keeps each row a
 * sentence and metrics read a figure's column and row (extract/).
 */
export const CELL_SEPARATOR = '\t';

/** A table's row written as one line of cells. */
export function rowLine(cells: readonly string[]): string {
  return cells.join(CELL_SEPARATOR);
}

/** Is this line a table row (cells joined by CELL_SEPARATOR)? */
export function isTableRow(line: string): boolean {
  return line.includes(CELL_SEPARATOR);
}

/** The cells of a table row. */
export function cellsOf(line: string): string[] {
  return line.split(CELL_SEPARATOR);
}
