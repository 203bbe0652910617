import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Compiled modules: the pool's workers run dist/ JavaScript (npm test runs tsc first).
import { writeGraphJson } from '../../dist/export/index.js';
import { buildCorpus, type BuildOptions, type BuildResult } from '../../dist/pipeline/build.js';
// @ts-expect-error plain JS module of the benchmark, without type declarations
import { generateCorpus } from '../../bench/corpus.js';

export const tempDirs: string[] = [];

export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `replygraph-${prefix}-`));
  tempDirs.push(d);
  return d;
}

export function cleanTempDirs(): void {
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A corpus of `n` seed replies re-homed to other cities (bench/corpus.js). */
export function corpus(n: number): string {
  const dir = tempDir('corpus');
  (generateCorpus as (dir: string, n: number) => unknown)(dir, n);
  return dir;
}

/** Build a corpus and return the result with the bytes of its graph.json. */
export async function buildToJson(input: string, opts: BuildOptions): Promise<{ result: BuildResult; json: string }> {
  const result = await buildCorpus([input], opts);
  const file = join(tempDir('out'), 'graph.json');
  await writeGraphJson(result.graph, file);
  return { result, json: readFileSync(file, 'utf8') };
}
