import { parentPort, workerData } from 'node:worker_threads';
import { FrozenStore, type FrozenManifest } from '../../graph/index.js';
import { OUTPUT_FORMATS } from '../formats/index.js';
import type { ThreadJob } from './index.js';

/** Writes its formats, one after the other, from the frozen store; posts { done: i } after job i, then null when all are done, or the error's message. */
const { manifest, jobs } = workerData as { manifest: FrozenManifest; jobs: ThreadJob[] };
try {
  const store = new FrozenStore(manifest);
  for (const [i, j] of jobs.entries()) {
    await OUTPUT_FORMATS[j.format]!.write(store, j.path);
    parentPort!.postMessage({ done: i });
  }
  parentPort!.postMessage(null);
} catch (e) {
  parentPort!.postMessage((e as Error).message ?? String(e));
}
