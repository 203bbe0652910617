import { Worker } from 'node:worker_threads';
import type { FrozenManifest } from '../../graph/index.js';

/** A format to write into a path. */
export interface ThreadJob {
  format: string;
  path: string;
}

const WORKER_FILE = new URL('./worker.js', import.meta.url);

/**
 * Write formats in a worker thread, from a store frozen to files
 * (GraphStore.freeze), while the calling thread writes others: exporters
 * are CPU-bound, so two cores write two outputs at once. Resolves when the
 * worker is done; rejects with the writer's error.
 */
export function writeInThread(manifest: FrozenManifest, jobs: ThreadJob[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER_FILE, { workerData: { manifest, jobs } });
    let settled = false;
    w.once('message', (m: string | null) => {
      settled = true;
      if (m === null) resolve();
      else reject(new Error(m));
    });
    w.once('error', (e) => {
      settled = true;
      reject(e);
    });
    w.once('exit', (code) => {
      if (!settled) reject(new Error(`export thread exited with code ${code}`));
    });
  });
}
