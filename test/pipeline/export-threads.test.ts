import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// Compiled modules: the export thread runs dist/ JavaScript (npm test runs tsc first).
import { shareOut, writeFormats } from '../../dist/cli/commands/build.js';
import { OUTPUT_FORMATS } from '../../dist/export/formats/index.js';
import { FrozenStore, type GraphStore, type StoredEdge, type StoredNode, type StoreReader } from '../../dist/graph/index.js';
import { buildCorpus } from '../../dist/pipeline/build.js';
import { cleanTempDirs, corpus, tempDir } from './helpers.js';

afterAll(cleanTempDirs);

/** Every file under a folder, relative path → bytes. */
function filesOf(dir: string, base = dir): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const [k, v] of filesOf(p, base)) out.set(k, v);
    else out.set(p.slice(base.length + 1), readFileSync(p));
  }
  return out;
}

async function everything(s: StoreReader): Promise<{ nodes: StoredNode[]; edges: StoredEdge[] }> {
  const nodes: StoredNode[] = [];
  const edges: StoredEdge[] = [];
  for (const l of s.labels()) for await (const n of s.nodesOf(l)) nodes.push(n);
  for (const g of s.edgeGroups()) for await (const e of s.edgesOf(g)) edges.push(e);
  return { nodes, edges };
}

/** A seed reply with characters the exporters escape (those the reader keeps) put into its sentences. */
function trickyReply(dir: string): void {
  const seeds = join(import.meta.dirname, '../../seeds');
  const text = readFileSync(join(seeds, readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()[0]!), 'utf8');
  const odd = '“技能\u0085提升”行动 与𠀀𠀁企业 <A&B> \'q\' "dq" \\ back\u001fslash \ufffe\uffff `tick` 。';
  writeFileSync(join(dir, 'zz-tricky.txt'), text.replace(/。/g, (m, at: number) => (at % 3 ? m : `。${odd}`)));
}

describe('sharing the formats out between threads', () => {
  const jobs = ['json', 'gexf', 'cypher', 'csv'].map((format) => ({ format, path: format }));
  const load = (l: { format: string }[]) => l.reduce((t, j) => t + OUTPUT_FORMATS[j.format]!.cost, 0);
  it('puts every format in one list, graph.json in this thread, and leaves the busiest list no busier than any other split', () => {
    for (const n of [0, 1, 2, 3]) {
      const lists = shareOut(jobs, n);
      expect(lists).toHaveLength(n + 1);
      expect(lists.flat().map((j) => j.format).sort()).toEqual(['csv', 'cypher', 'gexf', 'json']);
      expect(lists[0]!.map((j) => j.format)).toContain('json');
      const busiest = Math.max(...lists.map(load));
      // any other split: each threadable format alone in a thread, or all here
      expect(busiest).toBeLessThanOrEqual(load(jobs) + 1e-9);
      if (n >= 1) for (const alone of jobs.slice(1)) expect(busiest).toBeLessThanOrEqual(Math.max(load([alone]), load(jobs.filter((j) => j !== alone))) + 1e-9);
    }
    expect(shareOut(jobs, 0)[0]).toHaveLength(4);
    expect(Math.max(...shareOut(jobs, 3).map(load))).toBe(Math.max(...jobs.map((j) => load([j])), load([jobs[0]!])));
  });
});

describe('writing outputs in worker threads', () => {
  const input = corpus(60);
  trickyReply(input);
  let store: GraphStore;
  const spool = join(tempDir('spool'), '.spool');

  it('a frozen store reads back the same groups, nodes (with degrees) and edges as the store', async () => {
    store = (await buildCorpus([input], { spoolDir: spool, workers: 0 })).store;
    const frozen = new FrozenStore(store.freeze(join(spool, 'frozen-test')), 'utf16');
    expect(frozen.labels()).toEqual(store.labels());
    expect(frozen.edgeGroups()).toEqual(store.edgeGroups());
    expect(frozen.labels().map((l) => frozen.countOf(l))).toEqual(store.labels().map((l) => store.countOf(l)));
    expect([frozen.order, frozen.size]).toEqual([store.order, store.size]);
    const a = await everything(store);
    const b = await everything(frozen);
    expect(b.nodes.length).toBe(store.order);
    expect(b.edges.length).toBe(store.size);
    expect(b).toEqual(a);
  });

  it('the edges that show the shapes of a group give the columns a pass over all its edges gives (spooled edges have one shape)', async () => {
    const frozen = new FrozenStore(store.freeze(join(spool, 'frozen-shapes')));
    const shape = (e: StoredEdge) => JSON.stringify(Object.entries(e.attributes).map(([k, v]) => [k, Array.isArray(v) ? 'array' : typeof v]));
    for (const g of store.edgeGroups()) {
      const all = new Set<string>();
      for await (const e of store.edgesOf(g)) all.add(shape(e));
      for (const s of [store, frozen]) {
        const sample = new Set<string>();
        for await (const e of s.edgeShapesOf(g)) sample.add(shape(e));
        expect([...sample].sort(), `${g.type}.${g.from}.${g.to}`).toEqual([...all].sort());
      }
    }
  });

  it('GEXF, Cypher and CSV written from byte strings (a frozen store) are byte-identical to those written from the store\'s UTF-16 strings', async () => {
    const frozen = new FrozenStore(store.freeze(join(spool, 'frozen-forms')));
    expect(frozen.stringForm).toBe('utf8-bytes');
    const fromText = tempDir('utf16');
    const fromBytes = tempDir('bytes');
    for (const f of ['gexf', 'cypher', 'csv']) {
      await OUTPUT_FORMATS[f]!.write(store, join(fromText, OUTPUT_FORMATS[f]!.file));
      await OUTPUT_FORMATS[f]!.write(frozen, join(fromBytes, OUTPUT_FORMATS[f]!.file));
    }
    const a = filesOf(fromText);
    const b = filesOf(fromBytes);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [k, v] of a) expect(b.get(k)!.equals(v), k).toBe(true);
    // the odd characters reached the outputs, escaped
    const cypher = a.get('graph.cypher')!.toString('utf8');
    expect(cypher).toContain("\\'q\\'");
    expect(cypher).toContain('𠀀𠀁');
    expect(a.get('csv/Measure.nodes.csv')!.toString('utf8')).toContain('<A&B> \'q\' ""dq""');
    expect(a.get('csv/Measure.nodes.csv')!.toString('utf8')).toContain('\ufffe\uffff');
  });

  it('every format written with an export thread is byte-identical to writing them one after the other', async () => {
    const jobs = (dir: string) => [
      { format: 'json', path: join(dir, 'graph.json') },
      { format: 'gexf', path: join(dir, 'graph.gexf') },
      { format: 'cypher', path: join(dir, 'graph.cypher') },
      { format: 'csv', path: join(dir, 'csv') },
    ];
    const one = tempDir('seq');
    const two = tempDir('par');
    await writeFormats(store, jobs(one), spool, 0);
    await writeFormats(store, jobs(two), spool, 1);
    store.dispose();
    const a = filesOf(one);
    const b = filesOf(two);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect(a.size).toBeGreaterThan(10); // graph.json, graph.gexf, graph.cypher and the csv folder's files
    for (const [k, v] of a) expect(b.get(k)!.equals(v), k).toBe(true);
  });
});
