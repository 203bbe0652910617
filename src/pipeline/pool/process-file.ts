import { readFile } from 'node:fs/promises';
import { replyFragment } from '../../graph/index.js';
import { isSkipped, readDoc } from '../../ingest/index.js';
import type { Lexicons } from '../../lexicon/index.js';
import { entryKey, type ReplyCache } from '../cache/index.js';
import { processDoc } from '../process.js';
import type { FileResult } from './types.js';

/**
 * One file from disk to its reply's graph fragment: read its bytes, look them
 * up in the cache, else read the reply, extract, resolve and serialise it and
 * store the fragment. Runs in a worker thread or, for single-threaded builds,
 * in the main thread; never throws (failures are returned as skipped files).
 */
export async function processFile(file: string, lexicons: Lexicons, cache: ReplyCache | null, maxBytes?: number): Promise<FileResult> {
  let key: string | null = null;
  if (cache) {
    const bytes = await readFile(file).catch(() => null); // unreadable: readDoc below says why
    if (bytes && (maxBytes === undefined || bytes.length <= maxBytes)) {
      key = entryKey(file, bytes);
      const hit = cache.get(key);
      if (hit) return { file, fragment: hit.fragment, cached: true, chars: hit.chars, ...(hit.warnings ? { warnings: hit.warnings } : {}) };
    }
  }
  const doc = await readDoc(file, maxBytes === undefined ? {} : { maxBytes });
  if (isSkipped(doc)) return { file, skipped: doc };
  try {
    const fragment = replyFragment(processDoc(doc, lexicons));
    const chars = doc.text.length;
    const warnings = doc.warnings?.length ? { warnings: doc.warnings } : {};
    if (cache && key) {
      try {
        cache.put(key, { fragment, chars, ...warnings });
      } catch {
        // a full disk or read-only cache folder must not fail the build
      }
    }
    return { file, fragment, cached: false, chars, ...warnings };
  } catch (e) {
    return { file, skipped: { file, reason: `extraction failed: ${(e as Error).message}` } };
  }
}

/** Process a batch of files, their reads overlapping; results in the batch's order. */
export function processBatch(files: readonly string[], lexicons: Lexicons, cache: ReplyCache | null, maxBytes?: number): Promise<FileResult[]> {
  return Promise.all(files.map((f) => processFile(f, lexicons, cache, maxBytes)));
}
