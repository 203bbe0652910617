import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { SkippedFile, SourceDoc } from './types.js';

/** File extensions read as replies. */
export const READABLE_EXTENSIONS = ['.txt', '.md'];

/** Expand files and folders (recursively) into the list of files to read, sorted. */
export async function listInputs(paths: readonly string[]): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  async function walk(p: string): Promise<void> {
    let s;
    try {
      s = await stat(p);
    } catch (e) {
      skipped.push({ file: p, reason: `cannot open (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    if (s.isDirectory()) {
      const names = (await readdir(p)).sort();
      for (const n of names) if (!n.startsWith('.')) await walk(join(p, n));
    } else if (READABLE_EXTENSIONS.includes(extname(p).toLowerCase())) files.push(p);
  }
  for (const p of paths) await walk(p);
  return { files: [...new Set(files)].sort(), skipped };
}

/** Read one reply file as clean text. */
export async function readDoc(file: string): Promise<SourceDoc | SkippedFile> {
  try {
    let text = await readFile(file, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (!text.trim()) return { file, reason: 'empty file' };
    return { id: basename(file, extname(file)), file, text, format: 'utf-8' };
  } catch (e) {
    return { file, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

export function isSkipped(x: SourceDoc | SkippedFile): x is SkippedFile {
  return 'reason' in x;
}
