import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import { describe, expect, test } from 'vitest';
import { ARRAY_DELIMITER, writeNeo4jCsv } from '../src/export/csv/index.js';
import type { ReplyGraph } from '../src/graph/index.js';
import { EDGE_TYPES, NODE_TYPES, type EntityNodeAttributes } from '../src/ontology/index.js';
import { parseCsv } from './helpers/csv-parse.js';
import { seedGraph } from './helpers/seed-graph.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'replygraph-csv-'));
const read = (dir: string, f: string) => parseCsv(readFileSync(join(dir, f), 'utf8'));

describe('neo4j-admin CSV of the seed graph', async () => {
  const graph = seedGraph();
  const dir = join(tmp(), 'csv');
  const result = await writeNeo4jCsv(graph, dir);
  const files = readdirSync(dir).sort();

  test('one node file per label present, one relationship file per type and end labels', () => {
    const labels = new Set<string>();
    graph.forEachNode((_k, a) => labels.add(a.type));
    expect(files.filter((f) => f.endsWith('.nodes.csv')).sort()).toEqual([...labels].map((l) => `${l}.nodes.csv`).sort());
    for (const f of files.filter((f) => f.endsWith('.rels.csv'))) {
      const [type, from, to] = f.split('.');
      expect(EDGE_TYPES).toContain(type);
      expect(NODE_TYPES).toContain(from);
      expect(NODE_TYPES).toContain(to);
    }
    expect(files).toContain('import.sh');
    expect(files).toContain('schema.cypher');
  });

  test('node headers, unique ids, labels; every node written once', () => {
    const ids = new Set<string>();
    for (const { file, label } of result.nodeFiles) {
      const [header, ...rows] = read(dir, file);
      expect(header![0]).toBe(`key:ID(${label})`);
      expect(header![1]).toBe(':LABEL');
      for (const r of rows) {
        expect(r).toHaveLength(header!.length);
        expect(r[1]).toBe(label);
        expect(ids.has(r[0]!)).toBe(false);
        ids.add(r[0]!);
        expect(graph.getNodeAttribute(r[0]!, 'type')).toBe(label);
      }
    }
    expect(ids.size).toBe(graph.order);
  });

  test('relationship headers and endpoints: no dangling id, every edge written once', () => {
    const idsOf = new Map(result.nodeFiles.map(({ file, label }) => [label, new Set(read(dir, file).slice(1).map((r) => r[0]!))]));
    let n = 0;
    for (const { file, type, from, to } of result.relationshipFiles) {
      const [header, ...rows] = read(dir, file);
      expect(header!.slice(0, 3)).toEqual([`:START_ID(${from})`, `:END_ID(${to})`, ':TYPE']);
      for (const r of rows) {
        expect(r).toHaveLength(header!.length);
        expect(idsOf.get(from)!.has(r[0]!)).toBe(true);
        expect(idsOf.get(to)!.has(r[1]!)).toBe(true);
        expect(r[2]).toBe(type);
        expect(graph.hasDirectedEdge(r[0]!, r[1]!)).toBe(true);
        n++;
      }
    }
    expect(n).toBe(graph.size);
  });

  test('typed properties: lists stay lists, numbers keep their type, evidence as parallel lists', () => {
    const [ph, ...programs] = read(dir, 'Program.nodes.csv');
    expect(ph).toContain('aliases:string[]');
    expect(ph).toContain('replies:string[]');
    const row = programs.find((r) => r[0] === 'Program:新型学徒制')!;
    const replies = row[ph!.indexOf('replies:string[]')]!.split(ARRAY_DELIMITER);
    expect(replies).toEqual(['001_c14fae95395a6d05', '002_8cb4d0241a619d09', '003_cf776358110b3d8e', '004_4f483b5528e22fb4']);
    expect(row[ph!.indexOf('name')]).toBe('新型学徒制');

    const [mh, ...metrics] = read(dir, 'Metric.nodes.csv');
    expect(mh).toContain('value:double');
    expect(mh).toContain('start:long');
    // 临汾: 全市开展各类企业在岗职工培训6.3万余人 — 63000 people
    const linfen = metrics.find((r) => r[mh!.indexOf('reply')] === '001_c14fae95395a6d05' && r[mh!.indexOf('unit')] === '人')!;
    expect(Number(linfen[mh!.indexOf('value:double')])).toBe(63000);

    const runs = result.relationshipFiles.find((f) => f.type === 'RUNS' && f.from === 'City')!;
    const [rh, ...rrows] = read(dir, runs.file);
    for (const col of ['weight:long', 'replies:string[]', 'evidenceReplies:string[]', 'evidenceStarts:long[]', 'evidenceEnds:long[]', 'evidenceSentences:string[]']) expect(rh).toContain(col);
    const qz = rrows.find((r) => r[0] === 'City:衢州市' && r[1] === 'Program:新型学徒制')!;
    const sentences = qz[rh!.indexOf('evidenceSentences:string[]')]!.split(ARRAY_DELIMITER);
    const starts = qz[rh!.indexOf('evidenceStarts:long[]')]!.split(ARRAY_DELIMITER).map(Number);
    expect(sentences.length).toBe(starts.length);
    const text = readFileSync('seeds/004_4f483b5528e22fb4.txt', 'utf8');
    sentences.forEach((s, i) => {
      expect(s).toContain('学徒制');
      expect(text.slice(starts[i], starts[i]! + s.length)).toBe(s);
    });
  });

  test('import.sh names every file with the documented options', () => {
    const sh = readFileSync(join(dir, 'import.sh'), 'utf8');
    expect(sh).toContain('--array-delimiter=U+001F');
    expect(sh).toContain('--multiline-fields=true');
    for (const f of files.filter((f) => f.endsWith('.csv'))) expect(sh).toContain(f.endsWith('.nodes.csv') ? `--nodes=${f}` : `--relationships=${f}`);
  });
});

test('hostile text is quoted, kept, and the folder is replaced as a whole', async () => {
  const g = new graphology.MultiDirectedGraph() as unknown as ReplyGraph;
  const name = 'a "quoted", comma\nnew line \u001f unit sep 😀 \uD800';
  const a: EntityNodeAttributes = { type: 'Company', name, aliases: ['x,y', 'p"q'], replies: ['r'], evidence: [] };
  g.addNode('Company:1', a);
  const dir = join(tmp(), 'csv');
  await writeNeo4jCsv(g, dir);
  writeFileSync(join(dir, 'stale.nodes.csv'), 'x');
  await writeNeo4jCsv(g, dir);
  expect(readdirSync(dir).sort()).toEqual(['Company.nodes.csv', 'import.sh', 'schema.cypher']);
  expect(readdirSync(join(dir, '..'))).toEqual(['csv']);
  const [h, r] = read(dir, 'Company.nodes.csv');
  expect(r![h!.indexOf('name')]).toBe('a "quoted", comma\nnew line   unit sep 😀 \uFFFD');
  expect(r![h!.indexOf('aliases:string[]')]!.split(ARRAY_DELIMITER)).toEqual(['x,y', 'p"q']);
});
