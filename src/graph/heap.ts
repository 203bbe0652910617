import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * Run a full garbage collection, if the runtime allows it. The merging thread
 * of a build receives about 100 KB per reply that it only passes on to the
 * spool; V8 frees such memory lazily and lets the heap grow towards its limit
 * (1.8 GB of RSS at 20,000 replies, of which 230 MB live). Collecting every
 * few thousand replies keeps the peak near the live size, with no hard heap
 * cap that a corpus with many entities could hit.
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
