import { parentPort, workerData } from 'node:worker_threads';
import { FrozenStore, type FrozenManifest } from '../../graph/index.js';
import { OUTPUT_FORMATS } from '../formats/index.js';
import { recorderFor, type LayoutInput } from '../pieces/layout.js';
import type { ThreadJob } from './index.js';

/** Writes its formats, one after the other, from the frozen store; posts { done: i, layout } after job i, then null when all are done, or the error's message. */
const { manifest, jobs, layouts } = workerData as { manifest: FrozenManifest; jobs: ThreadJob[]; layouts: LayoutInput | null };
try {
  const store = new FrozenStore(manifest);
  for (const [i, j] of jobs.entries()) {
    const format = OUTPUT_FORMATS[j.format]!;
    const rec = recorderFor(j.format, format.spliced, layouts, store.stringForm);
    await format.write(store, j.path, rec);
    parentPort!.postMessage({ done: i, layout: rec?.finish() ?? null });
  }
  parentPort!.postMessage(null);
} catch (e) {
  parentPort!.postMessage((e as Error).message ?? String(e));
}
