import { readFile } from 'node:fs/promises';
import { replyFragment } from '../../graph/index.js';
import { baseId, isSkipped, readDoc } from '../../ingest/index.js';
import type { Lexicons } from '../../lexicon/index.js';
import { fileKey, type ReplyCache } from '../cache/index.js';
import { processDoc } from '../process.js';
import type { FileResult, FileTask } from './types.js';

/**
 * One file from disk to its reply's graph fragment: read its bytes, look them
 * up in the cache, else read the reply, extract, resolve and serialise it and
 * store the fragment. Runs in a worker thread or, for single-threaded builds,
 * in the main thread; never throws (failures are returned as skipped files).
 */
export async function processFile([file, id]: FileTask, lexicons: Lexicons, cache: ReplyCache | null, maxBytes?: number): Promise<FileResult> {
  let key: string | null = null;
  if (cache) {
    key = fileKey(file, id, await readFile(file).catch(() => null), maxBytes); // unreadable: readDoc below says why
    if (key) {
      const hit = cache.get(key);
      if (hit) return { file, fragment: hit.fragment, cached: true, chars: hit.chars, key, ...(hit.warnings ? { warnings: hit.warnings } : {}) };
    }
  }
  const doc = await readDoc(file, { id, ...(maxBytes === undefined ? {} : { maxBytes }) });
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
    return { file, fragment, cached: false, chars, ...warnings, ...(key ? { key } : {}) };
  } catch (e) {
    return { file, skipped: { file, reason: `extraction failed: ${(e as Error).message}` } };
  }
}

/** Process a batch of files, their reads overlapping; results in the batch's order. */
export function processBatch(tasks: readonly FileTask[], lexicons: Lexicons, cache: ReplyCache | null, maxBytes?: number): Promise<FileResult[]> {
  return Promise.all(tasks.map((t) => processFile(t, lexicons, cache, maxBytes)));
}

/** Files with their reply ids: the ones listInputs gave, else each file's name without extension. */
export function fileTasks(files: readonly string[], ids?: ReadonlyMap<string, string>): FileTask[] {
  return files.map((f) => [f, ids?.get(f) ?? baseId(f)]);
}
