import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFiles } from '../../dist/pipeline/pool/index.js';
import { buildToJson, cleanTempDirs, corpus, graphOf, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('worker pool', () => {
  const dir = corpus(120);
  const files = readdirSync(dir)
    .flatMap((sub) => readdirSync(join(dir, sub)).map((f) => join(dir, sub, f)))
    .sort();

  it('yields every file once, in the order given, whatever order workers finish in', async () => {
    // reversed order: a pool that yielded in completion or sorted order would fail
    const order = [...files].reverse();
    const seen: string[] = [];
    for await (const r of extractFiles(order, { lexiconFiles: [], cacheDir: null, workers: 2, batch: 3, window: 2 })) {
      seen.push(r.file);
      expect('fragment' in r && r.fragment.file).toBe(r.file);
    }
    expect(seen).toEqual(order);
  });

  it('a build with two workers writes a graph.json byte-identical to a single-threaded build', async () => {
    const one = await buildToJson(dir, { workers: 0 });
    const two = await buildToJson(dir, { workers: 2 });
    expect(one.result.files).toHaveLength(120);
    expect(two.result.files).toEqual(one.result.files);
    expect(two.json).toBe(one.json);
    // 120 different replies: one Reply node each
    expect(graphOf(two.json).filterNodes((_k, a) => a.type === 'Reply')).toHaveLength(120);
  });

  it('reports an unreadable file with its reason and builds the rest', async () => {
    const missing = join(dir, '000', 'r999999_000000.txt');
    const results = [];
    for await (const r of extractFiles([files[0]!, missing, files[1]!], { lexiconFiles: [], cacheDir: null, workers: 2, batch: 1 })) results.push(r);
    expect(results.map((r) => 'skipped' in r)).toEqual([false, true, false]);
    expect(results[1]).toMatchObject({ file: missing, skipped: { reason: expect.stringMatching(/cannot read/) } });
  });

  it('files of the same name in different folders get the ids listInputs gave them, in workers as in the main thread', async () => {
    const twin = tempDir('twins');
    // more files than a batch, so that the two-worker build does use its workers
    for (const sub of ['2023', '2024']) {
      mkdirSync(join(twin, sub));
      for (let i = 0; i < 6; i++) cpSync(files[i]!, join(twin, sub, `reply${i}.txt`));
    }
    const one = await buildToJson(twin, { workers: 0 });
    const two = await buildToJson(twin, { workers: 2 });
    expect(one.result.skipped).toEqual([]);
    expect(two.result.skipped).toEqual([]);
    expect(two.json).toBe(one.json);
    const replies = graphOf(two.json).filterNodes((_k, a) => a.type === 'Reply');
    expect(replies).toHaveLength(12);
    expect(replies).toContain('Reply:reply0~2024');
  });
});
