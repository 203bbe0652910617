import { basename, extname } from 'node:path';
import formats from './data/formats.json' with { type: 'json' };
import type { InputFormat } from './types.js';

const READABLE = formats.readable as Record<string, InputFormat>;
const UNSUPPORTED = formats.unsupported as Record<string, string>;

/** File extensions read as replies (lower case, with the dot). */
export const READABLE_EXTENSIONS: readonly string[] = Object.keys(READABLE);

/**
 * What a file name says about its format: a readable format, `null` for no extension
 * (the content decides), or an unsupported-format reason.
 */
export function formatFromName(file: string): { format: InputFormat | null } | { reason: string } {
  const ext = extname(file).toLowerCase();
  if (ext === '') return { format: null };
  const f = READABLE[ext];
  if (f) return { format: f };
  return { reason: UNSUPPORTED[ext] ?? `unsupported file type ${ext}` };
}

const IGNORED = new Set(formats.ignoredInFolders);

/** Web-page assets and system files, passed over silently while walking a folder. */
export function isIgnoredInFolders(file: string): boolean {
  return IGNORED.has(extname(file).toLowerCase()) || /^(thumbs\.db|desktop\.ini)$/i.test(basename(file));
}
