import neo4j from 'neo4j-driver';
import { describe, expect, test } from 'vitest';
import { pushToNeo4j, PushError } from '../src/export/index.js';
import { EDGE_TYPES, NODE_TYPES } from '../src/ontology/index.js';
import { FakeDriver } from './helpers/fake-neo4j.js';
import { readQueryFiles } from './helpers/query-files.js';
import { seedGraph } from './helpers/seed-graph.js';

const graph = seedGraph();

describe('push batching (fake driver recording the statements)', () => {
  test('schema first, then one UNWIND $rows statement per batch, one label or type each, in executeWrite, database named', async () => {
    const driver = new FakeDriver();
    const progress: [number, number][] = [];
    const s = await pushToNeo4j(graph, { driver, database: 'replies', batchSize: 50, onProgress: (d, t) => progress.push([d, t]) });
    expect(driver.sessions.every((d) => d === 'replies')).toBe(true);
    const data = driver.statements.filter((x) => x.query.startsWith('UNWIND'));
    const firstData = driver.statements.indexOf(data[0]!);
    expect(driver.statements.slice(0, firstData).every((x) => /^(CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX)|CALL db\.awaitIndexes)/.test(x.query))).toBe(true);
    expect(driver.statements.slice(firstData).every((x) => x.query.startsWith('UNWIND $rows AS row'))).toBe(true);
    // batches: ceil(n/50) per label and per (type, from, to)
    const perLabel = new Map<string, number>();
    graph.forEachNode((_k, a) => perLabel.set(a.type, (perLabel.get(a.type) ?? 0) + 1));
    const perShape = new Map<string, number>();
    graph.forEachEdge((_k, a, _s, _t, sa, ta) => perShape.set(`${a.type} ${sa.type} ${ta.type}`, (perShape.get(`${a.type} ${sa.type} ${ta.type}`) ?? 0) + 1));
    const expected = [...perLabel.values(), ...perShape.values()].reduce((n, c) => n + Math.ceil(c / 50), 0);
    expect(data).toHaveLength(expected);
    expect(driver.writes).toBe(driver.statements.length);
    expect(s.batches).toBe(expected);
    expect(progress.at(-1)).toEqual([expected, expected]);
    for (const x of data) {
      const rows = x.params.rows as unknown[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(50);
      // values travel as parameters only: no text of the replies in a statement
      expect(x.query).not.toMatch(/[\u4e00-\u9fff]/);
      const labels = [...x.query.matchAll(/\(\w:`(\w+)`/g)].map((m) => m[1]);
      for (const l of labels) expect(NODE_TYPES).toContain(l);
      for (const m of x.query.matchAll(/\[r:`(\w+)`\]/g)) expect(EDGE_TYPES).toContain(m[1]);
    }
    expect(s.nodes).toEqual({ created: graph.order, updated: 0 });
    expect(s.relationships).toEqual({ created: graph.size, updated: 0 });
    // whole numbers are driver Integers, fractions and lists stay as they are
    const metric = driver.nodes.get('Metric Metric:001_c14fae95395a6d05@498')!;
    expect(neo4j.isInt(metric.start)).toBe(true);
    expect(metric.value).toBe(63000);
    const runs = driver.rels.get('RUNS City:衢州市 Program:新型学徒制')!;
    expect(neo4j.isInt(runs.weight)).toBe(true);
    expect((runs.evidenceStarts as unknown[]).every((x) => neo4j.isInt(x))).toBe(true);
    expect((runs.evidenceSentences as string[]).every((x) => x.includes('学徒制'))).toBe(true);
    expect(driver.closed).toBe(false); // a driver passed in is the caller's to close
  });

  test('loading twice leaves the same counts; a larger graph after a smaller one adds', async () => {
    const driver = new FakeDriver();
    const small = graph.copy();
    small.forEachNode((k, a) => {
      if (a.replies.length === 1 && a.replies[0] === '004_4f483b5528e22fb4') small.dropNode(k);
    });
    const first = await pushToNeo4j(small, { driver });
    expect(first.nodes.created).toBe(small.order);
    const second = await pushToNeo4j(graph, { driver });
    expect(second.nodes.created).toBe(graph.order - small.order);
    expect(second.nodes.updated).toBe(small.order);
    const third = await pushToNeo4j(graph, { driver });
    expect(third.nodes).toEqual({ created: 0, updated: graph.order });
    expect(third.relationships).toEqual({ created: 0, updated: graph.size });
    expect(driver.nodes.size).toBe(graph.order);
    expect(driver.rels.size).toBe(graph.size);
  });

  test("--wipe deletes only replygraph's labels, in batches", async () => {
    const driver = new FakeDriver();
    await pushToNeo4j(graph, { driver });
    driver.nodes.set('Movie m1', { title: 'not ours' });
    const s = await pushToNeo4j(graph, { driver, wipe: true, batchSize: 20 });
    expect(s.deleted).toBe(graph.order);
    expect(s.nodes.created).toBe(graph.order);
    const deletes = driver.statements.filter((x) => x.query.includes('DETACH DELETE'));
    for (const d of deletes) expect(NODE_TYPES).toContain(/MATCH \(n:`(\w+)`\)/.exec(d.query)![1]);
    expect(deletes.length).toBeGreaterThan(NODE_TYPES.length); // Measure, Metric… take several batches of 20
    expect(driver.nodes.get('Movie m1')).toEqual({ title: 'not ours' });
  });

  test('a server that is down or refuses the credentials gives a one-line message', async () => {
    const down = Object.assign(new Error('Failed to connect to server. Please ensure …\nCaused by: connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ServiceUnavailable' });
    await expect(pushToNeo4j(graph, { driver: new FakeDriver(down), uri: 'bolt://localhost:7687' })).rejects.toThrow(
      /^cannot reach Neo4j at bolt:\/\/localhost:7687 \(connect ECONNREFUSED 127\.0\.0\.1:7687\); is the server running\?/,
    );
    const auth = Object.assign(new Error('The client is unauthorized due to authentication failure.'), { code: 'Neo.ClientError.Security.Unauthorized' });
    const err = await pushToNeo4j(graph, { driver: new FakeDriver(auth), user: 'alice' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PushError);
    expect((err as Error).message).toMatch(/refused the credentials of user "alice"; set NEO4J_USER and NEO4J_PASSWORD$/);
    expect((err as Error).message).not.toContain('\n');
  });
});

const uri = process.env.NEO4J_URI;
if (!uri) console.warn('neo4j-push.test: NEO4J_URI is not set, so the push to a real Neo4j is SKIPPED (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run it)');

describe.skipIf(!uri)('push to a real Neo4j (NEO4J_URI)', () => {
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  const count = async (q: string, params: Record<string, unknown> = {}) => {
    const driver = neo4j.driver(uri!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
    try {
      const r = await driver.executeQuery(q, params, { database });
      return r.records.map((x) => x.toObject());
    } finally {
      await driver.close();
    }
  };
  const totals = async () => {
    const labels = NODE_TYPES.map((l) => `n:${l}`).join(' OR ');
    const [n] = await count(`MATCH (n) WHERE ${labels} RETURN count(n) AS n`);
    const [r] = await count(`MATCH (n)-[r]->() WHERE ${labels} RETURN count(r) AS r`);
    return [Number(n!.n), Number(r!.r)];
  };

  test('loading twice leaves the same counts', async () => {
    const first = await pushToNeo4j(graph, { database, wipe: true });
    expect(first.nodes.created).toBe(graph.order);
    expect(await totals()).toEqual([graph.order, graph.size]);
    const second = await pushToNeo4j(graph, { database });
    expect(second.nodes).toEqual({ created: 0, updated: graph.order });
    expect(second.relationships).toEqual({ created: 0, updated: graph.size });
    expect(await totals()).toEqual([graph.order, graph.size]);
  });

  test('the example queries run; 新型学徒制 is run by four cities', async () => {
    for (const f of readQueryFiles()) await count(f.query, f.params);
    const q = readQueryFiles().find((f) => f.file.startsWith('11-'))!;
    const rows = await count(q.query, { program: '新型学徒制' });
    expect(rows.map((r) => r.city).sort()).toEqual(['三门峡市', '临汾市', '濮阳市', '衢州市'].sort());
    const ft = readQueryFiles().find((f) => f.file.startsWith('10-'))!;
    const hits = await count(ft.query, { q: '学徒' });
    expect(hits.map((h) => h.name)).toContain('新型学徒制');
  });
});
