// Entry of the pool's worker threads (piscina): loads lexicons and opens the
// cache once per thread, then processes one batch of files per task.
import { workerData } from 'node:worker_threads';
import { loadLexicons, type Lexicons } from '../../lexicon/index.js';
import { ReplyCache } from '../cache/index.js';
import { collectGarbageIfGrown } from '../../graph/heap.js';
import { processBatch } from './process-file.js';
import type { FileResult, FileTask, WorkerSetup } from './types.js';

const setup = workerData as WorkerSetup;
const lexicons: Lexicons = loadLexicons(setup.lexiconFiles);
const cache = setup.cacheDir ? new ReplyCache(setup.cacheDir) : null;


export default async function run(tasks: FileTask[]): Promise<FileResult[]> {
  const results = await processBatch(tasks, lexicons, cache, setup.maxBytes);
  collectGarbageIfGrown(); // see graph/heap.ts
  return results;
}
