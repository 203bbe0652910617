import { readFile } from 'node:fs/promises';
import { isSkipped, readDoc } from '../../ingest/index.js';
import type { Lexicons } from '../../lexicon/index.js';
import { entryKey, type ExtractionCache } from '../cache/index.js';
import { processDoc } from '../process.js';
import type { FileResult } from './types.js';

/**
 * One file from disk to a resolved extraction: read its bytes, look them up
 * in the cache, else read the reply, extract and resolve it and store the
 * result. Runs in a worker thread or, for single-threaded builds, in the
 * main thread; never throws (failures are returned as skipped files).
 */
export async function processFile(file: string, lexicons: Lexicons, cache: ExtractionCache | null): Promise<FileResult> {
  let key: string | null = null;
  if (cache) {
    const bytes = await readFile(file).catch(() => null); // unreadable: readDoc below says why
    if (bytes) {
      key = entryKey(file, bytes);
      const hit = cache.get(key);
      if (hit) return { file, extraction: hit, cached: true, chars: hit.length };
    }
  }
  const doc = await readDoc(file);
  if (isSkipped(doc)) return { file, skipped: doc };
  try {
    const extraction = processDoc(doc, lexicons);
    if (cache && key) {
      try {
        cache.put(key, extraction);
      } catch {
        // a full disk or read-only cache folder must not fail the build
      }
    }
    return { file, extraction, cached: false, chars: doc.text.length };
  } catch (e) {
    return { file, skipped: { file, reason: `extraction failed: ${(e as Error).message}` } };
  }
}

/** Process a batch of files, their reads overlapping; results in the batch's order. */
export function processBatch(files: readonly string[], lexicons: Lexicons, cache: ExtractionCache | null): Promise<FileResult[]> {
  return Promise.all(files.map((f) => processFile(f, lexicons, cache)));
}
