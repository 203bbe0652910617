import type { StringForm } from '../../graph/string-form.js';
import { wellFormed } from '../neo4j-model/index.js';

/**
 * CSV fields for neo4j-admin import (RFC 4180): fields separated by commas,
 * records by \n; every string field is double-quoted, a quote inside doubled
 * (so commas, quotes and line breaks in names are data; the import needs
 * --multiline-fields=true for the line breaks). Numbers and booleans are bare.
 * Array elements are joined with ARRAY_DELIMITER, U+001F (the ASCII unit
 * separator, which no reply text contains): pass
 * --array-delimiter=U+001F to neo4j-admin. A U+001F inside a value would split
 * it, so it is replaced by a space. Text is in either string form
 * (graph/string-form.ts): only ASCII characters are escaped.
 */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

/** A value as text fit for a field: well-formed, no array delimiter inside. */
export function cleanText(s: string, form: StringForm = 'utf16'): string {
  return wellFormed(s, form).replaceAll(ARRAY_DELIMITER, ' ');
}

/** Double-quote a field of clean text (quotes doubled). */
export function quoteRaw(s: string): string {
  return '"' + s.replaceAll('"', '""') + '"';
}

export function quoteField(s: string, form: StringForm = 'utf16'): string {
  return quoteRaw(cleanText(s, form));
}

export function numberField(n: number, kind: 'int' | 'float'): string {
  if (!Number.isFinite(n)) return '';
  return kind === 'int' ? String(Math.trunc(n)) : String(n);
}

/** The record line of already-encoded fields. */
export function record(fields: readonly string[]): string {
  return fields.join(',') + '\n';
}
