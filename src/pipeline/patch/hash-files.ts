import { readFileSync } from 'node:fs';
import { fileKey } from '../cache/index.js';
import type { FileTask } from '../pool/index.js';

/**
 * The cache key of every file (its path, reply id and bytes, as the build's
 * workers compute it), in the order given; null for a file that cannot be read or
 * is larger than `maxBytes` (the build reports it).
 */
export async function hashFiles(tasks: readonly FileTask[], maxBytes: number | undefined, onFile?: (file: string) => void): Promise<(string | null)[]> {
  // read one after the other, synchronously: small files cost their system calls, and the
  // promise API sends each of a file's four (open, stat, read, close) through the thread pool;
  // the event loop gets a turn now and then (a progress bar draws on a timer)
  const keys: (string | null)[] = [];
  for (const [i, [file, id]] of tasks.entries()) {
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((r) => setImmediate(r));
    let bytes: Buffer | null = null;
    try {
      bytes = readFileSync(file);
    } catch {
      // unreadable: the build reports why
    }
    onFile?.(file);
    keys.push(fileKey(file, id, bytes, maxBytes));
  }
  return keys;
}

/** Files hashed between two turns of the event loop. */
const YIELD_EVERY = 500;
