import { parentPort, workerData } from 'node:worker_threads';
import { SpliceError } from '../../export/pieces/splice.js';
import { spliceOutput, type NewGraph } from './splice-outputs.js';
import type { SpliceJob, SpliceMessage } from './splice-threads.js';

/** Splices its outputs one after the other; posts { done: i, layout } after job i, then null, or the error. */
const { jobs, g } = workerData as { jobs: SpliceJob[]; g: NewGraph };
const post = (m: SpliceMessage) => parentPort!.postMessage(m);
try {
  for (const [i, j] of jobs.entries()) post({ done: i, layout: await spliceOutput(j.format, j.path, j.layout, g) });
  post(null);
} catch (e) {
  post({ error: (e as Error).message ?? String(e), splice: e instanceof SpliceError });
}
