import { join } from 'node:path';

/** Name of the cache folder inside a build's output folder. */
export const CACHE_FOLDER = '.cache';

/** Where a build writes its cache unless told otherwise: `<out>/.cache`. */
export function defaultCacheRoot(outDir: string): string {
  return join(outDir, CACHE_FOLDER);
}
