import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeCypherScript, writeNeo4jCsv } from '../src/export/index.js';
import { buildCorpus } from '../src/pipeline/build.js';
import { cypherErrors } from './helpers/cypher-lint.js';
import { parseCsv } from './helpers/csv-parse.js';

// The exporters on the graph the pipeline builds from the seeds (whatever the extractor finds today).
test('graph.cypher and csv/ of the pipeline-built seed graph: the script parses, every CSV endpoint is an id', async () => {
  const { store: graph, files } = await buildCorpus(['seeds']);
  expect(files.length).toBeGreaterThan(0);
  const dir = mkdtempSync(join(tmpdir(), 'replygraph-pipeline-'));
  await writeCypherScript(graph, join(dir, 'graph.cypher'));
  expect(cypherErrors(readFileSync(join(dir, 'graph.cypher'), 'utf8'))).toEqual([]);
  const r = await writeNeo4jCsv(graph, join(dir, 'csv'));
  const ids = new Map<string, Set<string>>();
  for (const f of r.nodeFiles) ids.set(f.label, new Set(parseCsv(readFileSync(join(dir, 'csv', f.file), 'utf8')).slice(1).map((row) => row[0]!)));
  expect([...ids.values()].reduce((n, s) => n + s.size, 0)).toBe(graph.order);
  let rels = 0;
  for (const f of r.relationshipFiles) {
    for (const row of parseCsv(readFileSync(join(dir, 'csv', f.file), 'utf8')).slice(1)) {
      expect(ids.get(f.from)!.has(row[0]!)).toBe(true);
      expect(ids.get(f.to)!.has(row[1]!)).toBe(true);
      rels++;
    }
  }
  expect(rels).toBe(graph.size);
  // the seeds' known answer, as neo4j-admin would load it: 新型学徒制 is run by four cities
  const runs = parseCsv(readFileSync(join(dir, 'csv', 'RUNS.City.Program.rels.csv'), 'utf8')).slice(1);
  expect(runs.filter((row) => row[1] === 'Program:新型学徒制').map((row) => row[0]).sort()).toEqual(
    ['City:三门峡市', 'City:临汾市', 'City:濮阳市', 'City:衢州市'].sort(),
  );
}, 600_000);
