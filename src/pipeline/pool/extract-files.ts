import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { loadLexicons } from '../../lexicon/index.js';
import { ReplyCache } from '../cache/index.js';
import { fileTasks, processBatch } from './process-file.js';
import type { FileResult, FileTask, WorkerSetup } from './types.js';

export interface ExtractFilesOptions extends WorkerSetup {
  /** worker threads; 0 processes every file in the calling thread. Default: available cores. */
  workers?: number;
  /** files per task sent to a worker (amortises the cost of a message). Default 8. */
  batch?: number;
  /** tasks in flight per worker (bounds memory: finished results wait for their turn, not all at once). Default 4. */
  window?: number;
  /** reply ids by file, as listInputs gives them (unique in the corpus); a file without one is read under its name without extension */
  ids?: ReadonlyMap<string, string>;
}

/** Worker threads to use when not told: one per available core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

const WORKER_FILE = new URL('./worker.js', import.meta.url);
/** Old-generation limit of a worker thread (MB). */
export const WORKER_OLD_SPACE_MB = 256;

type Run = (tasks: FileTask[]) => Promise<FileResult[]>;

/**
 * Process files (extract + resolve + graph fragment, through the cache) and yield their
 * results in the order of `files`, whatever order they finish in — so what
 * is built from them is identical to a single-threaded run. Files go to the
 * workers in batches; at most `max(1, workers) × window` batches are in
 * flight (reads overlap with extraction even without workers), so memory
 * stays flat however many files there are.
 */
export async function* extractFiles(files: readonly string[], opts: ExtractFilesOptions): AsyncGenerator<FileResult> {
  const workers = opts.workers ?? defaultWorkers();
  const setup: WorkerSetup = { lexiconFiles: opts.lexiconFiles, cacheDir: opts.cacheDir, ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}) };
  const batch = Math.max(1, opts.batch ?? 8);
  let run: Run;
  let pool: Piscina<FileTask[], FileResult[]> | null = null;
  if (workers <= 0 || files.length <= batch) {
    const lexicons = loadLexicons(setup.lexiconFiles);
    const cache = setup.cacheDir ? new ReplyCache(setup.cacheDir) : null;
    run = (ts) => processBatch(ts, lexicons, cache, setup.maxBytes);
  } else {
    const p = new Piscina<FileTask[], FileResult[]>({
      filename: WORKER_FILE.href,
      minThreads: workers,
      maxThreads: workers,
      concurrentTasksPerWorker: 2,
      idleTimeout: 1000,
      workerData: setup,
      // a worker's live data is its lexicons and a few replies: a small old generation makes V8
      // collect early instead of letting each thread's heap swell (peak RSS of a build)
      resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB },
    });
    pool = p;
    run = (ts) => p.run(ts);
  }
  const tasks = fileTasks(files, opts.ids);
  const batches: FileTask[][] = [];
  for (let i = 0; i < tasks.length; i += batch) batches.push(tasks.slice(i, i + batch));
  try {
    for await (const results of inOrder(batches, run, Math.max(1, workers) * (opts.window ?? 4))) yield* results;
  } finally {
    await pool?.destroy();
  }
}

/** Run `run` over `batches` with at most `inFlight` pending, yielding results in input order. */
async function* inOrder(batches: FileTask[][], run: Run, inFlight: number): AsyncGenerator<FileResult[]> {
  const pending = new Map<number, Promise<FileResult[]>>();
  let next = 0;
  for (let i = 0; i < batches.length; i++) {
    while (next < batches.length && pending.size < inFlight) {
      const j = next++;
      const p = run(batches[j]!);
      p.catch(() => {}); // observed when its turn comes
      pending.set(j, p);
    }
    let r: FileResult[];
    try {
      r = await pending.get(i)!;
    } catch (e) {
      // a worker died: every file of its batch is reported, the build goes on
      r = batches[i]!.map(([file]) => ({ file, skipped: { file, reason: `extraction failed: ${(e as Error).message}` } }));
    }
    pending.delete(i);
    yield r;
  }
}
