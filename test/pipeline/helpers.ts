import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Compiled modules: the pool's workers run dist/ JavaScript (npm test runs tsc first).
import graphology from 'graphology';
import { writeGraphJson } from '../../dist/export/index.js';
import type { ReplyGraph } from '../../dist/graph/index.js';
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

/** Build a corpus (replies' own nodes and edges spooled to disk, as the CLI does) and return the result with the bytes of its graph.json. */
export async function buildToJson(input: string, opts: BuildOptions): Promise<{ result: BuildResult; json: string }> {
  const out = tempDir('out');
  const result = await buildCorpus([input], { spoolDir: join(out, '.spool'), ...opts });
  const file = join(out, 'graph.json');
  await writeGraphJson(result.store, file);
  result.store.dispose();
  return { result, json: readFileSync(file, 'utf8') };
}

/** The graph of a graph.json text. */
export function graphOf(json: string): ReplyGraph {
  const g = new graphology.MultiDirectedGraph() as unknown as ReplyGraph;
  g.import(JSON.parse(json));
  return g;
}
