import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReplyCache, entryKey, generationDir, openCacheGeneration } from '../../dist/pipeline/cache/index.js';
import { replyFragment } from '../../dist/graph/index.js';
import { loadLexicons } from '../../dist/lexicon/index.js';
import { processDoc } from '../../dist/pipeline/process.js';

const seedFiles = readdirSync('seeds').sort();
const fragmentOf = (f: string) => ({ fragment: replyFragment(extractSeed(f)), chars: 100 });
const extractSeed = (f: string) => processDoc({ id: f.slice(0, -4), file: `seeds/${f}`, text: readFileSync(`seeds/${f}`, 'utf8') }, loadLexicons([]));
import { buildToJson, cleanTempDirs, corpus, graphOf, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

describe('incremental build cache', () => {
  it('a warm build takes every extraction from the cache and writes the same graph.json', async () => {
    const dir = corpus(40);
    const cache = join(tempDir('cache'), '.cache');
    const fresh = await buildToJson(dir, { workers: 0 });
    const cold = await buildToJson(dir, { workers: 2, cache });
    const warm = await buildToJson(dir, { workers: 2, cache });
    expect(cold.result.cached).toBe(0);
    expect(warm.result.cached).toBe(40);
    expect(cold.json).toBe(fresh.json);
    expect(warm.json).toBe(fresh.json);
  });

  it('after one file changes, only that file is extracted again, and the graph shows the change', async () => {
    const dir = corpus(30);
    const cache = join(tempDir('cache'), '.cache');
    const first = await buildToJson(dir, { workers: 0, cache });
    const file = join(dir, '000', readdirFirst(dir));
    const id = file.slice(file.lastIndexOf('/') + 1, -4);
    const lengthOf = (json: string) => {
      const g = graphOf(json);
      const key = g.findNode((_k, a) => a.type === 'Reply' && (a as { id?: string }).id === id);
      expect(key).toBeDefined();
      return (g.getNodeAttributes(key!) as { length: number }).length;
    };
    const added = '\n六、下一步工作\n我局将会同市财政局，继续扩大职业技能提升行动覆盖面。\n';
    writeFileSync(file, readFileSync(file, 'utf8') + added);
    const again = await buildToJson(dir, { workers: 0, cache });
    expect(again.result.cached).toBe(29);
    expect(lengthOf(again.json)).toBeGreaterThan(lengthOf(first.json));
    expect(again.json).toContain('继续扩大职业技能提升行动覆盖面');
    expect(first.json).not.toContain('继续扩大职业技能提升行动覆盖面');
  });

  it('ignores and deletes a cache written by another extractor version; leaves other files alone', () => {
    const root = join(tempDir('cache'), '.cache');
    const old = openCacheGeneration(root, '0.0.9', 'aaaaaaaaaaaaaaaa');
    const key = entryKey('a.txt', 'a', Buffer.from('文本'));
    const poisoned = fragmentOf(seedFiles[0]!);
    poisoned.fragment.id = 'poisoned';
    new ReplyCache(old).put(key, poisoned);
    expect(new ReplyCache(old).get(key)).toMatchObject({ fragment: { id: 'poisoned' } });
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'NOTES.txt'), 'user file');
    const cur = openCacheGeneration(root, '0.1.0', 'bbbbbbbbbbbbbbbb');
    expect(cur).toBe(generationDir(root, '0.1.0', 'bbbbbbbbbbbbbbbb'));
    expect(existsSync(old)).toBe(false);
    expect(new ReplyCache(cur).get(key)).toBeNull();
    expect(readFileSync(join(root, 'NOTES.txt'), 'utf8')).toBe('user file');
  });

  it('a damaged entry is a miss, not an error', () => {
    const dir = openCacheGeneration(join(tempDir('cache'), '.cache'), '0.1.0', 'cccccccccccccccc');
    const c = new ReplyCache(dir);
    const key = entryKey('b.txt', 'b', Buffer.from('答复'));
    c.put(key, fragmentOf(seedFiles[1]!));
    expect(c.get(key)).toMatchObject({ fragment: { id: seedFiles[1]!.slice(0, -4) } });
    const path = join(dir, key.slice(0, 2), `${key}.entry`);
    const whole = readFileSync(path, 'utf8');
    // the operations' line cut short, the rest intact
    const [head, ops, ...rest] = whole.split('\n');
    writeFileSync(path, [head, ops!.slice(0, -3), ...rest].join('\n'));
    expect(c.get(key)).toBeNull();
    writeFileSync(path, whole.slice(0, 10));
    expect(c.get(key)).toBeNull();
    writeFileSync(path, whole);
    expect(c.get(key)).not.toBeNull();
  });

  it('an entry gives back exactly the fragment written', () => {
    const dir = openCacheGeneration(join(tempDir('cache'), '.cache'), '0.1.0', 'dddddddddddddddd');
    const c = new ReplyCache(dir);
    for (const f of seedFiles) {
      const v = fragmentOf(f);
      expect(v.fragment.nodes.length).toBeGreaterThan(0);
      const key = entryKey(f, f, Buffer.from(f));
      c.put(key, v);
      // lines compared as text (the cache gives Buffers over the entry's bytes)
      const text = (x: { fragment: { nodes: [string, Uint8Array, number][]; edges: [string, Uint8Array, number][] } } | null) =>
        x && { ...x, fragment: { ...x.fragment, nodes: x.fragment.nodes.map(([g, l, n]) => [g, Buffer.from(l).toString('utf8'), n]), edges: x.fragment.edges.map(([g, l, n]) => [g, Buffer.from(l).toString('utf8'), n]) } };
      expect(text(c.get(key))).toEqual(text(v));
    }
  });

  it('the key changes with the bytes, the path and the reply id', () => {
    const a = entryKey('x/a.txt', 'a', Buffer.from('关于技能人才的答复'));
    expect(entryKey('x/a.txt', 'a', Buffer.from('关于技能人才的答复。'))).not.toBe(a);
    expect(entryKey('y/a.txt', 'a', Buffer.from('关于技能人才的答复'))).not.toBe(a);
    expect(entryKey('x/a.txt', 'a~x', Buffer.from('关于技能人才的答复'))).not.toBe(a);
    expect(entryKey('x/a.txt', 'a', Buffer.from('关于技能人才的答复'))).toBe(a);
  });
});

function readdirFirst(dir: string): string {
  return readdirSync(join(dir, '000')).sort()[0]!;
}
