/**
 * The streamed GEXF writer and the spooled graph store, on the pipeline's
 * graph of the seeds: what Gephi's format holds is the graph of graph.json,
 * and a store spooled to disk exports exactly what one in memory does.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, test } from 'vitest';
import { writeCypherScript, writeGexf, writeGraphJson, writeNeo4jCsv } from '../src/export/index.js';
import { xmlAttr } from '../src/export/gexf/index.js';
import { GraphStore, type ReplyGraph } from '../src/graph/index.js';
import { buildCorpus } from '../src/pipeline/build.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'replygraph-store-'));

describe('graph.gexf and the spooled store', async () => {
  const dir = tmp();
  const spooled = await buildCorpus(['seeds'], { workers: 0, spoolDir: join(dir, '.spool') });
  const inMemory = await buildCorpus(['seeds'], { workers: 0 });
  await writeGraphJson(spooled.store, join(dir, 'spooled.json'));
  await writeGraphJson(inMemory.store, join(dir, 'memory.json'));
  await writeGexf(spooled.store, join(dir, 'graph.gexf'));
  const json = JSON.parse(readFileSync(join(dir, 'spooled.json'), 'utf8'));
  const graph = new graphology.MultiDirectedGraph() as unknown as ReplyGraph;
  graph.import(json);

  test('a store spooled to disk writes the same graph.json, Cypher and CSV as one in memory', async () => {
    expect(readFileSync(join(dir, 'spooled.json'), 'utf8')).toBe(readFileSync(join(dir, 'memory.json'), 'utf8'));
    await writeCypherScript(spooled.store, join(dir, 'a.cypher'));
    await writeCypherScript(inMemory.store, join(dir, 'b.cypher'));
    expect(readFileSync(join(dir, 'a.cypher'), 'utf8')).toBe(readFileSync(join(dir, 'b.cypher'), 'utf8'));
    const a = await writeNeo4jCsv(spooled.store, join(dir, 'csv-a'));
    const b = await writeNeo4jCsv(inMemory.store, join(dir, 'csv-b'));
    expect(a.nodeFiles).toEqual(b.nodeFiles);
    for (const f of a.relationshipFiles) expect(readFileSync(join(dir, 'csv-a', f.file), 'utf8')).toBe(readFileSync(join(dir, 'csv-b', f.file), 'utf8'));
  });

  test('the store counts what graph.json holds, by type', () => {
    expect(spooled.store.order).toBe(graph.order);
    expect(spooled.store.size).toBe(graph.size);
    const measures = graph.filterNodes((_k, a) => a.type === 'Measure').length;
    expect(measures).toBeGreaterThan(20);
    expect(spooled.store.typeCounts().nodes.get('Measure')).toBe(measures);
    // replies' own nodes are spooled, entities stay in memory
    expect(spooled.store.shared.filterNodes((_k, a) => a.type === 'Measure')).toEqual([]);
    expect(spooled.store.shared.hasNode('Program:新型学徒制')).toBe(true);
  });

  test('a shared node has its degree in the whole graph, spooled edges included', () => {
    expect(spooled.store.degree('Program:新型学徒制')).toBe(graph.degree('Program:新型学徒制'));
    expect(spooled.store.degree('Program:新型学徒制')).toBeGreaterThan(spooled.store.shared.degree('Program:新型学徒制'));
  });

  test('graph.gexf is GEXF that graphology-gexf reads back: same nodes, edges, labels and types', () => {
    const xml = readFileSync(join(dir, 'graph.gexf'), 'utf8');
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    const back = parse(graphology.MultiDirectedGraph, xml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    const a = back.getNodeAttributes('Program:新型学徒制');
    expect(a.label).toBe('新型学徒制');
    expect(a.type).toBe('Program');
    expect(String(a.replies).split('|').sort()).toEqual([...graph.getNodeAttributes('Program:新型学徒制').replies].sort());
    expect(a.size).toBeCloseTo(2 + Math.sqrt(graph.degree('Program:新型学徒制')));
    const e = graph.edges().find((k) => graph.getEdgeAttribute(k, 'type') === 'RUNS')!;
    expect(back.getEdgeAttribute(e, 'type')).toBe('RUNS');
  });

  test('text that XML cannot hold is escaped or replaced, never breaks the file', async () => {
    expect(xmlAttr('<img src=x onerror="a&b">\n')).toBe('&lt;img src=x onerror=&quot;a&amp;b&quot;&gt;&#10;');
    expect(xmlAttr('a\u0001b\uD800c')).toBe('a\uFFFDb\uFFFDc');
    const g = new graphology.MultiDirectedGraph() as unknown as ReplyGraph;
    g.addNode('Program:<x>"&', { type: 'Program', name: '<x>"&\u0007', aliases: ["it's"], replies: ['r'], evidence: [] } as never);
    const file = join(tmp(), 'x.gexf');
    await writeGexf(GraphStore.fromGraph(g), file);
    const back = parse(graphology.MultiGraph, readFileSync(file, 'utf8'));
    expect(back.getNodeAttribute('Program:<x>"&', 'label')).toBe('<x>"&\uFFFD');
    expect(back.getNodeAttribute('Program:<x>"&', 'aliases')).toBe("it's");
  });
});
