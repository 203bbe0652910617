import { Worker } from 'node:worker_threads';
import type { FrozenManifest } from '../../graph/index.js';
import type { LayoutInput, OutputLayout } from '../pieces/layout.js';

/** A format to write into a path. */
export interface ThreadJob {
  format: string;
  path: string;
}


const WORKER_FILE = new URL('./worker.js', import.meta.url);

/**
 * Write formats in a worker thread, from a store frozen to files
 * (GraphStore.freeze), while the calling thread writes others: exporters
 * are CPU-bound, so two cores write two outputs at once. `onDone` is
 * called as each job is written, with its layout when `layouts` is given
 * and the format records one. Resolves when the worker is done; rejects
 * with the writer's error.
 */
export function writeInThread(
  manifest: FrozenManifest,
  jobs: ThreadJob[],
  onDone: (job: ThreadJob, layout: OutputLayout | null) => void = () => {},
  layouts: LayoutInput | null = null,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER_FILE, { workerData: { manifest, jobs, layouts } });
    let settled = false;
    w.on('message', (m: string | null | { done: number; layout: OutputLayout | null }) => {
      if (m !== null && typeof m === 'object') return onDone(jobs[m.done]!, m.layout);
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
