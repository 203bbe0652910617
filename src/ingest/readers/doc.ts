import WordExtractor from 'word-extractor';
import { UnreadableError } from '../types.js';
import { rowLine } from '../table-rows.js';
import type { ReaderResult } from './types.js';

/** word-extractor's marks: a table cell ends with a tab, a row with a newline; other control characters of Word's format (fields, page breaks). */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/**
 * A legacy Word .doc (the OLE compound format that government sites still
 * publish): the body's paragraphs, a line each; a table's row as one line of
 * tab-separated cells (ingest/table-rows.ts), as a .docx table is read.
 */
export async function readDoc(bytes: Uint8Array): Promise<ReaderResult> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let body: string;
  try {
    const doc = await new WordExtractor().extract(buffer);
    // the text as written: word-extractor would turn curly quotes into straight ones and dashes into hyphens
    body = (doc.getBody as (options?: { filterUnicode?: boolean }) => string).call(doc, { filterUnicode: false });
  } catch (e) {
    throw new UnreadableError(`legacy Office file that is no readable Word document (an .xls or .ppt, or a damaged .doc): ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  const text = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    // a row's last cell keeps the tab that ends it: drop it, keep the ones between cells
    .map((line) => (line.includes('\t') ? rowLine(line.replace(/\t+$/, '').split('\t').map((c) => c.trim())) : line))
    .join('\n')
    .replace(CONTROL, '');
  return { text, warnings: [] };
}
