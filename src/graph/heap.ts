import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * Run a full garbage collection, if the runtime allows it. A build's threads
 * pass about 100 KB per reply through their heaps (fragments on their way to
 * the spool, lines on their way to graph.json) and keep little of it; V8
 * frees such memory lazily and lets the heap grow towards its limit (1.8 GB
 * of RSS at 20,000 replies, of which 230 MB live). See collectGarbageIfGrown.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/** Resident memory after the last collection (or at the first call). */
let baseline: number | null = null;

/**
 * A full collection when the process's resident memory has grown by
 * `growth` bytes since the last one: keeps the peak near the live size
 * without paying a full collection (a second or more on a large graph) where
 * V8 frees enough on its own. Cheap to call often.
 */
export function collectGarbageIfGrown(growth = 256 << 20): boolean {
  const rss = process.memoryUsage.rss();
  if (baseline === null || rss < baseline) baseline = rss;
  if (rss - baseline < growth) return false;
  collectGarbage();
  baseline = process.memoryUsage.rss();
  return true;
}
