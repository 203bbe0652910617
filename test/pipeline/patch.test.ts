import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SyncByteSink } from '../../dist/export/atomic.js';
import { loadSnapshot, saveSnapshot } from '../../dist/pipeline/snapshot/index.js';
import { keyOfLine, LineCursor, SharedPatch } from '../../dist/pipeline/patch/index.js';
import { replayOps, SharedGraph, type SharedOp } from '../../dist/graph/index.js';
import type { Evidence } from '../../dist/ontology/index.js';
import { cleanTempDirs, corpus, tempDir } from './helpers.js';
import { FUZHOU_GULOU, NANJING_GULOU } from '../fixtures/replies/namesake-districts.js';
import { closeSync, openSync } from 'node:fs';

afterAll(cleanTempDirs);

const build = (input: string, out: string, ...args: string[]) =>
  execFileSync(process.execPath, ['bin/replygraph.js', 'build', input, '--out', out, '--formats', 'json', ...args], { encoding: 'utf8' });

/** graph.json of a build from scratch, without a cache. */
const cold = (input: string) => {
  const out = tempDir('cold');
  build(input, out, '--no-cache', '-q');
  return readFileSync(join(out, 'graph.json'), 'utf8');
};

describe('replygraph build --formats json: graph.json patched from the previous build', () => {
  const input = corpus(40);
  cpSync('seeds', join(input, 'seeds'), { recursive: true });
  const out = tempDir('out');
  const graphJson = join(out, 'graph.json');
  const files = () => readdirSync(join(input, '000')).sort().map((f) => join(input, '000', f));

  it('a first build writes a snapshot; nothing changed, graph.json is left as it is', () => {
    build(input, out, '-q');
    const before = statSync(graphJson).mtimeMs;
    const said = build(input, out);
    expect(said).toContain('graph.json unchanged');
    expect(statSync(graphJson).mtimeMs).toBe(before);
  });

  it('after one file is edited, the patched graph.json is byte for byte a full build of the new files', () => {
    const f = files()[7]!;
    appendFileSync(f, '\n我市与华为技术有限公司合作，共建技能大师工作室，开展“人人持证、技能河南”建设。\n');
    const said = build(input, out);
    expect(said).toContain('graph.json patched: 1 file(s) extracted, 1 taken out');
    const patched = readFileSync(graphJson, 'utf8');
    expect(patched).toBe(cold(input));
    expect(patched).toContain('"key":"Company:华为技术有限公司"');
  });

  it('taking out the first replies (evidence, codes and proposal attributes they gave) and adding copies under new names', () => {
    const all = files();
    const firstEvidence = (json: string, key: string) => JSON.parse(json.split('\n').find((l) => l.startsWith(`{"key":${JSON.stringify(key)}`))!.replace(/,$/, '')).attributes.evidence[0].reply;
    const ministry = 'Agency:人力资源和社会保障部';
    const before = readFileSync(graphJson, 'utf8');
    const gone = firstEvidence(before, ministry);
    const everyFile = readdirSync(input, { recursive: true, encoding: 'utf8' }).map((f) => join(input, f));
    rmSync(everyFile.find((f) => f.includes(gone) && f.endsWith('.txt'))!);
    rmSync(all[1]!);
    cpSync(all[2]!, join(input, '000', 'z-copy.txt'));
    renameSync(all[3]!, join(input, '000', 'a-renamed.txt'));
    const said = build(input, out);
    expect(said).toMatch(/graph\.json patched: 2 file\(s\) extracted, 3 taken out/);
    const patched = readFileSync(graphJson, 'utf8');
    expect(firstEvidence(patched, ministry)).not.toBe(gone);
    expect(patched).toBe(cold(input));
  });

  it('a graph.json changed since the build it came from is built in full, not patched', () => {
    writeFileSync(graphJson, readFileSync(graphJson, 'utf8').replace('"replies":', '"replies" :'));
    appendFileSync(files()[5]!, '\n另外，我市与腾讯科技（深圳）有限公司合作。\n');
    const said = build(input, out);
    expect(said).not.toContain('graph.json patched');
    expect(said).toContain('is not the file the previous build wrote');
    expect(readFileSync(graphJson, 'utf8')).toBe(cold(input));
    // and the full build left a snapshot the next change patches again
    appendFileSync(files()[6]!, '\n另外，我市与腾讯科技（深圳）有限公司合作。\n');
    expect(build(input, out)).toContain('graph.json patched');
    expect(readFileSync(graphJson, 'utf8')).toBe(cold(input));
  });

  it('a graph.json damaged in a way its size and time do not show is built in full, not patched', () => {
    const text = readFileSync(graphJson, 'utf8');
    const at = text.indexOf('{"key":"Agency:');
    writeFileSync(graphJson, `${text.slice(0, at)}{"kex"${text.slice(at + 6)}`);
    // the snapshot vouches for the damaged file: only reading it can tell
    const generation = join(out, '.cache', readdirSync(join(out, '.cache'))[0]!);
    const [head, ...rest] = readFileSync(join(generation, 'snapshot.jsonl'), 'utf8').split('\n');
    const header = JSON.parse(head!);
    header.graphJson.mtimeMs = statSync(graphJson).mtimeMs;
    writeFileSync(join(generation, 'snapshot.jsonl'), [JSON.stringify(header), ...rest].join('\n'));
    appendFileSync(files()[8]!, '\n另外，我市与腾讯科技（深圳）有限公司合作。\n');
    const said = build(input, out);
    expect(said).toContain('graph.json built in full: graph.json: an element does not start with its key');
    expect(readFileSync(graphJson, 'utf8')).toBe(cold(input));
  });

  it('a file that cannot be read, as before, leaves graph.json unchanged and is reported again (exit 3)', () => {
    writeFileSync(join(input, 'broken.pdf'), 'not a pdf');
    expect(spawnSync(process.execPath, ['bin/replygraph.js', 'build', input, '--out', out, '--formats', 'json', '-q']).status).toBe(3);
    const before = statSync(graphJson).mtimeMs;
    const r = spawnSync(process.execPath, ['bin/replygraph.js', 'build', input, '--out', out, '--formats', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stdout).toContain('graph.json unchanged');
    expect(r.stdout).toMatch(/broken\.pdf: not a PDF/);
    expect(statSync(graphJson).mtimeMs).toBe(before);
    rmSync(join(input, 'broken.pdf'));
  });

  it('more than a fifth of the files changed: a full build', () => {
    for (const f of files().slice(0, 12)) appendFileSync(f, '\n另外。\n');
    const said = build(input, out);
    expect(said).not.toContain('graph.json patched');
    expect(said).toMatch(/graph\.json built in full: 12 files changed since the previous build \(it is patched for up to \d+\)/);
    expect(readFileSync(graphJson, 'utf8')).toBe(cold(input));
  });
});

describe('replygraph build, every format: a rebuild that changes nothing writes nothing', () => {
  const input = corpus(12);
  const out = tempDir('all');
  const run = (...args: string[]) => execFileSync(process.execPath, ['bin/replygraph.js', 'build', input, '--out', out, ...args], { encoding: 'utf8' });
  const outputs = ['graph.json', 'graph.gexf', 'graph.cypher', 'csv/Reply.nodes.csv'].map((f) => join(out, f));
  const times = () => outputs.map((f) => statSync(f).mtimeMs);

  it('nothing changed: every output is left as it is', () => {
    run('-q');
    const before = times();
    expect(run()).toContain('outputs unchanged');
    expect(times()).toEqual(before);
  });

  it('an output touched since: a full build of every format, as one from scratch', () => {
    const csv = join(out, 'csv', 'Reply.nodes.csv');
    const t = new Date(statSync(csv).mtimeMs + 5000);
    utimesSync(csv, t, t);
    expect(run()).toContain(`built in full: ${join(out, 'csv')} is not what the previous build wrote`);
    expectSameOutputs(out, coldAll(input));
    expect(run()).toContain('outputs unchanged');
  });

  it('a file that cannot be read, as before, leaves every output as it is and is reported again (exit 3)', () => {
    writeFileSync(join(input, 'broken.pdf'), 'not a pdf');
    const args = ['bin/replygraph.js', 'build', input, '--out', out];
    expect(spawnSync(process.execPath, [...args, '-q']).status).toBe(3);
    const before = times();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stdout).toContain('outputs unchanged');
    expect(r.stdout).toMatch(/broken\.pdf: not a PDF/);
    expect(times()).toEqual(before);
    rmSync(join(input, 'broken.pdf'));
  });
});

/** Every output of a build from scratch, without a cache: its folder. */
function coldAll(input: string): string {
  const fresh = tempDir('all-cold');
  execFileSync(process.execPath, ['bin/replygraph.js', 'build', input, '--out', fresh, '--no-cache', '-q']);
  return fresh;
}

/** Every output file of two builds is the same, byte for byte (csv/: every file, and the same files). */
function expectSameOutputs(out: string, fresh: string): void {
  const outputs = (dir: string) => ['graph.json', 'graph.gexf', 'graph.cypher', ...readdirSync(join(dir, 'csv')).sort().map((f) => `csv/${f}`)];
  expect(outputs(out)).toEqual(outputs(fresh));
  for (const f of outputs(fresh)) expect(readFileSync(join(out, f)).equals(readFileSync(join(fresh, f))), f).toBe(true);
}

describe('replygraph build, every format: GEXF, Cypher and CSV spliced from the previous build', () => {
  const input = corpus(30);
  const out = tempDir('spliced');
  const run = (...args: string[]) => execFileSync(process.execPath, ['bin/replygraph.js', 'build', input, '--out', out, ...args], { encoding: 'utf8' });
  const files = () => readdirSync(join(input, '000')).sort().map((f) => join(input, '000', f));

  it('one file edited: every output is byte for byte a full build of the new files', () => {
    run('-q');
    appendFileSync(files()[4]!, '\n我市与华为技术有限公司合作，共建技能大师工作室，开展“人人持证、技能河南”建设。\n');
    expect(run()).toContain('outputs patched: 1 file(s) extracted, 1 taken out');
    expectSameOutputs(out, coldAll(input));
    expect(readFileSync(join(out, 'graph.gexf'), 'utf8')).toContain('<node id="Company:华为技术有限公司"');
  });

  it('replies taken out, added and renamed, twice in a row (a spliced output is spliced again)', () => {
    const all = files();
    rmSync(all[0]!); // the first of every group: the pieces after it become first
    cpSync(all[2]!, join(input, '000', 'z-copy.txt'));
    renameSync(all[3]!, join(input, '000', 'a-renamed.txt'));
    expect(run()).toMatch(/outputs patched: 2 file\(s\) extracted, 2 taken out/);
    expectSameOutputs(out, coldAll(input));
    rmSync(join(input, '000', 'a-renamed.txt')); // a first piece again
    appendFileSync(files()[6]!, '\n另外，我市与腾讯科技（深圳）有限公司合作，举办第一届全国技能大赛选拔赛。\n');
    expect(run()).toMatch(/outputs patched: 1 file\(s\) extracted, 2 taken out/);
    expectSameOutputs(out, coldAll(input));
  });

  it('kinds of node and edge new to the graph, then gone from it: their regions, files and statements put in and taken out', () => {
    const gexfGroups = () => new Set([...readFileSync(join(out, 'graph.gexf'), 'utf8').matchAll(/<node id="([A-Za-z]+):/g)].map((m) => m[1]));
    const csvFiles = () => readdirSync(join(out, 'csv'));
    const before = csvFiles();
    mkdirSync(join(input, 'seeds'));
    for (const f of readdirSync('seeds').sort().slice(0, 2)) cpSync(join('seeds', f), join(input, 'seeds', f));
    expect(run()).toContain('outputs patched: 2 file(s) extracted, 0 taken out');
    expectSameOutputs(out, coldAll(input));
    const added = csvFiles().filter((f) => !before.includes(f));
    expect(added.length).toBeGreaterThan(0); // the seeds bring kinds the bench replies lack
    expect(readFileSync(join(out, 'csv', 'import.sh'), 'utf8')).toContain(added[0]);
    const kinds = gexfGroups();
    rmSync(join(input, 'seeds'), { recursive: true });
    expect(run()).toContain('outputs patched: 0 file(s) extracted, 2 taken out');
    expectSameOutputs(out, coldAll(input));
    expect(csvFiles().sort()).toEqual([...before].sort());
    expect(gexfGroups().size).toBeLessThanOrEqual(kinds.size);
  });

  it('a reply that gives a CSV file a column it lacked, then takes it away: a full build that says why', () => {
    const header = () => readFileSync(join(out, 'csv', 'Reply.nodes.csv'), 'utf8').split('\n')[0]!;
    expect(header()).not.toContain('"county"');
    cpSync('test/fixtures/dev/d06_yilong_veterans.txt', join(input, 'county.txt')); // its reply names its county
    expect(run()).toContain('built in full: the columns of Reply.nodes.csv change');
    expect(header()).toContain('"county"');
    expectSameOutputs(out, coldAll(input));
    rmSync(join(input, 'county.txt'));
    expect(run()).toContain('built in full: the columns of Reply.nodes.csv change');
    expectSameOutputs(out, coldAll(input));
  });

  it('outputs written by other writers (another replygraph) are built in full, never patched', () => {
    const generation = join(out, '.cache', readdirSync(join(out, '.cache'))[0]!);
    const [head, ...rest] = readFileSync(join(generation, 'snapshot.jsonl'), 'utf8').split('\n');
    writeFileSync(join(generation, 'snapshot.jsonl'), [JSON.stringify({ ...JSON.parse(head!), writers: '0123456789abcdef' }), ...rest].join('\n'));
    appendFileSync(files()[9]!, '\n另外。\n');
    expect(run()).toContain('built in full: the writers changed since the previous build');
    expectSameOutputs(out, coldAll(input));
  });

  it('an output edited since the build: a full build', () => {
    const gexf = join(out, 'graph.gexf');
    writeFileSync(gexf, readFileSync(gexf, 'utf8').replace('<meta>', '<meta >'));
    appendFileSync(files()[8]!, '\n另外。\n');
    expect(run()).toContain(`built in full: ${gexf} is not what the previous build wrote`);
    expectSameOutputs(out, coldAll(input));
  });

  it('districts that share a name (鼓楼区 of 南京 and 福州) put in, edited and taken out: two County nodes, spliced as a full build writes them', () => {
    const dir = join(input, 'namesakes');
    mkdirSync(dir);
    writeFileSync(join(dir, 'nj.txt'), NANJING_GULOU);
    writeFileSync(join(dir, 'fz.txt'), FUZHOU_GULOU);
    run('-q'); // in full: the first replies of a county give Reply.county's CSV column its values
    expectSameOutputs(out, coldAll(input));
    const counties = () => [...readFileSync(join(out, 'graph.json'), 'utf8').matchAll(/"key":"(County:[^"]*鼓楼区)"/g)].map((m) => m[1]).sort();
    expect(counties()).toEqual(['County:南京市鼓楼区', 'County:福州市鼓楼区']);
    appendFileSync(join(dir, 'fz.txt'), '\n鼓楼区开展家政服务培训。\n');
    expect(run()).toContain('outputs patched: 1 file(s) extracted, 1 taken out');
    expectSameOutputs(out, coldAll(input));
    rmSync(join(dir, 'nj.txt'));
    expect(run()).toContain('outputs patched');
    expectSameOutputs(out, coldAll(input));
    expect(counties()).toEqual(['County:福州市鼓楼区']);
  });
});

describe('patch parts', () => {
  it('LineCursor: lines and runs across its buffer boundary, the run without its last comma', () => {
    const dir = tempDir('cursor');
    const path = join(dir, 'lines');
    const lines = Array.from({ length: 3000 }, (_, i) => `{"key":"K${i}","v":"${'x'.repeat(i % 7 === 0 ? 3000 : 200)}"}`);
    writeFileSync(path, `head\n${lines.map((l, i) => (i < lines.length - 1 ? `${l},` : l)).join('\n')}\n`);
    const c = LineCursor.open(path);
    expect(c.line()!.toString()).toBe('head');
    const got: Buffer[] = [];
    c.run(2999, (p) => got.push(Buffer.from(p)));
    expect(Buffer.concat(got).toString()).toBe(lines.slice(0, 2999).join(',\n'));
    expect(c.line()!.toString()).toBe(lines[2999]);
    expect(c.line()).toBeNull();
    c.close();
  });

  it('a snapshot reads back as written; one cut short reads as none', () => {
    const dir = tempDir('snapshot');
    const s = {
      graphJson: { path: '/x/graph.json', size: 10, mtimeMs: 1.5 },
      others: { csv: [{ path: '/x/csv/A.nodes.csv', size: 4, mtimeMs: 2.5 }] },
      sharedNodes: 2,
      sharedEdges: 1,
      counts: { nodes: [['Agency', 2]] as [string, number][], edges: [['RUNS', 1]] as [string, number][] },
      replies: [{ file: 'a.txt', key: 'k', id: 'a', chars: 3, groups: { 'n Reply': 1 } }],
      aids: [['Agency:甲', { aliases: { 甲局: 2 }, from: 'a' }]] as [string, object][],
      layouts: { csv: { format: 'csv', files: [{ file: 'A.nodes.csv', regions: [{ group: 'n A', start: 9, shared: [3, 4], own: [0] }] }], signatures: { 'n A': { 'key\tstring\t0': 2 } } } },
    };
    saveSnapshot(dir, s);
    expect(loadSnapshot(dir)).toEqual({ format: expect.any(Number), writers: expect.stringMatching(/^[0-9a-f]{16}$/), ...s });
    const file = join(dir, 'snapshot.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').split('\n').slice(0, 2).join('\n') + '\n');
    expect(loadSnapshot(dir)).toBeNull();
  });

  it('keyOfLine reads keys with escaped quotes and backslashes', () => {
    const key = 'Policy:关于"技能"\\的通知';
    expect(keyOfLine(Buffer.from(`${JSON.stringify({ key, attributes: {} })},`))).toBe(key);
  });

  it('SyncByteSink keeps the order of small and large pieces', () => {
    const dir = tempDir('sink');
    const path = join(dir, 'out');
    const fd = openSync(path, 'w');
    const sink = new SyncByteSink(fd);
    const big = 'b'.repeat(600_000);
    sink.write('a');
    sink.write(big);
    sink.write('c');
    sink.flush();
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe(`a${big}c`);
  });
});

describe('SharedPatch: the shared part of a build without some replies is what a build from scratch of the rest gives', () => {
  type Op = SharedOp;
  const ev = (reply: string, start: number): Evidence => ({ reply, start, end: start + 4, sentence: `s${start}` });
  /**
   * three replies, in build order: two give the entity a code, two answer the same proposal, all show the edge
   * (the codes are opaque to the first-come rule; codes of no division keep the entity's key plain: graph/entity-key.ts)
   */
  const replies: { reply: string; ops: Op[] }[] = [
    { reply: 'a', ops: [['n', 'County', '武安市', 'a', '武安', 'code-a'], ['v', 'County:武安市', ev('a', 1)], ['p', 'Proposal:x', { type: 'Proposal', name: 'A 的题目', replies: [] } as never, 'a'], ['n', 'City', '邯郸市', 'a', null, null], ['e', 'LOCATED_IN', 'County:武安市', 'City:邯郸市', 'a', ev('a', 1)]] },
    { reply: 'b', ops: [['n', 'County', '武安市', 'b', null, null], ['v', 'County:武安市', ev('b', 2)], ['v', 'County:武安市', ev('b', 9)], ['n', 'City', '邯郸市', 'b', null, null], ['e', 'LOCATED_IN', 'County:武安市', 'City:邯郸市', 'b', null]] },
    { reply: 'c', ops: [['n', 'County', '武安市', 'c', '武安', 'code-c'], ['v', 'County:武安市', ev('c', 3)], ['p', 'Proposal:x', { type: 'Proposal', name: 'C 的题目', replies: [] } as never, 'c'], ['n', 'City', '邯郸市', 'c', null, null], ['e', 'LOCATED_IN', 'County:武安市', 'City:邯郸市', 'c', ev('c', 3)]] },
  ];
  const cold = (rs: typeof replies) => {
    const g = new SharedGraph('t');
    for (const r of rs) replayOps(r.ops, g);
    return g;
  };
  const lines = (g: SharedGraph) => ({
    nodes: Object.fromEntries(g.graph.mapNodes((k, a) => [k, a])),
    edges: Object.fromEntries(g.graph.mapEdges((k, a, s, t) => [k, { source: s, target: t, attributes: a }])),
  });
  const patched = (drop: string[], add: typeof replies) => {
    const before = cold(replies);
    const keep = replies.filter((r) => !drop.includes(r.reply));
    const order = [...keep, ...add].sort((x, y) => (x.reply < y.reply ? -1 : 1)).map((r) => r.reply);
    const p = new SharedPatch(
      replies.filter((r) => drop.includes(r.reply)),
      add,
      new Map(structuredClone([...before.aids])),
      (r) => order.indexOf(r),
      (r) => replies.find((x) => x.reply === r)!.ops,
    );
    const old = lines(before);
    const nodes: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(old.nodes), ...p.addedKeys('node')])) {
      const r = p.touched(k) ? p.node(k, old.nodes[k] ? { key: k, attributes: structuredClone(old.nodes[k]) } : null) : { key: k, attributes: old.nodes[k] };
      if (r) nodes[k] = r.attributes;
    }
    const edges: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(old.edges), ...p.addedKeys('edge')])) {
      const o = old.edges[k];
      const r = p.touched(k) ? p.edge(k, o ? { key: k, ...structuredClone(o) } : null) : { key: k, ...o! };
      if (r) edges[k] = { source: r.source, target: r.target, attributes: r.attributes };
    }
    return { nodes, edges, aids: p.aids };
  };

  it('taking out the reply whose code and proposal attributes won hands them to the next reply that gives one', () => {
    const want = cold(replies.slice(1));
    const got = patched(['a'], []);
    expect(got.nodes).toEqual(lines(want).nodes);
    expect((got.nodes['County:武安市'] as { code: string }).code).toBe('code-c');
    expect((got.nodes['Proposal:x'] as { name: string }).name).toBe('C 的题目');
    expect(got.edges).toEqual(lines(want).edges);
    const nonEmpty = (m: ReadonlyMap<string, object>) => Object.fromEntries([...m].filter(([, v]) => Object.keys(v).length));
    expect(nonEmpty(got.aids)).toEqual(nonEmpty(want.aids));
  });

  it('evidence beyond the cap comes back from the replies that stay; an alias seen only by a removed reply goes', () => {
    const want = cold([replies[1]!]);
    const got = patched(['a', 'c'], []);
    expect(got.nodes).toEqual(lines(want).nodes);
    expect((got.nodes['County:武安市'] as { aliases: string[] }).aliases).toEqual([]);
    expect(got.edges).toEqual(lines(want).edges);
  });

  it('a reply put back at its place wins again over a later one; removing every reply removes the node', () => {
    expect(patched(['a'], [replies[0]!]).nodes).toEqual(lines(cold(replies)).nodes);
    const none = patched(['a', 'b', 'c'], []);
    expect(none.nodes).toEqual({});
    expect(none.edges).toEqual({});
  });
});
