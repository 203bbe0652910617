import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OutputLayout } from '../../export/pieces/layout.js';
import { SpliceError } from '../../export/pieces/splice.js';
import { spliceOutput, type NewGraph } from './splice-outputs.js';

/** An output to splice. */
export interface SpliceJob {
  format: string;
  path: string;
  layout: OutputLayout;
}

/** What the splice worker posts: a job done, every job done (null), or the error (`splice`: a SpliceError, the outputs need a full build). */
export type SpliceMessage = { done: number; layout: OutputLayout } | null | { error: string; splice: boolean };

const WORKER_FILE = new URL('./splice-worker.js', import.meta.url);

/** Bytes of an output now (a folder: its files), what splicing it costs. */
function bytesOf(layout: OutputLayout, path: string): number {
  let n = 0;
  for (const f of layout.files) {
    try {
      n += statSync(f.file ? `${path}/${f.file}` : path).size;
    } catch {
      // a missing file: the splice will say so
    }
  }
  return n;
}

/**
 * Splice the outputs, shared out by size between this thread and, with
 * more than one core and more than one output, a worker thread (the copying
 * is CPU-bound in the kernel: two threads copy two outputs at once).
 * `onSpliced` is called as each is done. Resolves with the new layouts by
 * format; rejects with a SpliceError when an output cannot be spliced.
 */
export async function spliceOutputs(jobs: readonly SpliceJob[], g: NewGraph, onSpliced: (job: SpliceJob) => void = () => {}): Promise<Map<string, OutputLayout>> {
  const layouts = new Map<string, OutputLayout>();
  const here: SpliceJob[] = [];
  const there: SpliceJob[] = [];
  if (jobs.length > 1 && availableParallelism() > 1) {
    const cost = new Map(jobs.map((j) => [j, bytesOf(j.layout, j.path)]));
    let [a, b] = [0, 0]; // bytes given to each thread: the next largest goes to the one with less
    for (const j of [...jobs].sort((x, y) => cost.get(y)! - cost.get(x)!)) {
      if (a <= b) {
        here.push(j);
        a += cost.get(j)!;
      } else {
        there.push(j);
        b += cost.get(j)!;
      }
    }
  } else here.push(...jobs);
  const done = (j: SpliceJob, layout: OutputLayout) => {
    layouts.set(j.format, layout);
    onSpliced(j);
  };
  const inThread = there.length ? spliceInThread(there, g, done) : Promise.resolve();
  const local = (async () => {
    for (const j of here) done(j, await spliceOutput(j.format, j.path, j.layout, g));
  })();
  const settled = await Promise.allSettled([local, inThread]);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return layouts;
}

function spliceInThread(jobs: SpliceJob[], g: NewGraph, done: (j: SpliceJob, layout: OutputLayout) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER_FILE, { workerData: { jobs, g } });
    let settled = false;
    w.on('message', (m: SpliceMessage) => {
      if (m === null) {
        settled = true;
        resolve();
      } else if ('done' in m) done(jobs[m.done]!, m.layout);
      else {
        settled = true;
        reject(m.splice ? new SpliceError(m.error) : new Error(m.error));
      }
    });
    w.once('error', (e) => {
      settled = true;
      reject(e);
    });
    w.once('exit', (code) => {
      if (!settled) reject(new Error(`splice thread exited with code ${code}`));
    });
  });
}
