import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, test } from 'vitest';
import { EDGE_TYPES, NODE_TYPES } from '../src/ontology/index.js';
import { FULLTEXT_INDEX } from '../src/export/neo4j-model/index.js';
import { readQueryFiles } from './helpers/query-files.js';

const files = readQueryFiles();

test('graph/queries has at least ten query files', () => {
  expect(files.length).toBeGreaterThanOrEqual(10);
});

describe.each(files.map((f) => [f.file, f]))('%s', (_name, f) => {
  test('starts with a comment saying what it answers', () => {
    expect(f.text.startsWith('// ')).toBe(true);
    expect(f.comment).toMatch(/\?/);
  });

  test("parses with Neo4j's parser with zero errors, given the parameters its :param lines declare", () => {
    const { diagnostics } = lintCypherQuery(f.text, { parameters: f.params }, { consoleCommandsEnabled: true });
    expect(diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  test('declares a default for every parameter it uses', () => {
    for (const m of f.query.matchAll(/\$(\w+)/g)) expect(Object.keys(f.params)).toContain(m[1]);
  });

  test('uses only the ontology labels and relationship types', () => {
    // labels in node patterns `(x:Label` / `(:Label`, label tests `x:Label`, types in `[:T|U` / `[r:T`
    for (const m of f.query.matchAll(/\(\w*:(\w+)/g)) expect(NODE_TYPES).toContain(m[1]);
    for (const m of f.query.matchAll(/\[\w*:([\w|]+)/g)) for (const t of m[1]!.split('|')) expect(EDGE_TYPES).toContain(t);
    for (const m of f.query.matchAll(/\b(?:WHEN|WHERE|none\(n IN nodes\(path\) WHERE) \w+:(\w+)/g)) expect(NODE_TYPES).toContain(m[1]);
  });
});

test('the full-text query uses the index the schema creates', () => {
  const ft = files.find((f) => f.query.includes('db.index.fulltext.queryNodes'))!;
  expect(ft.query).toContain(`'${FULLTEXT_INDEX}'`);
});

test('the questions of the issue are all answered', () => {
  const all = files.map((f) => f.comment).join('\n');
  for (const q of [/ranked by the number of cities/, /two cities both run/, /Jaccard/, /colleges work with which companies/, /cite a given policy/, /figures .* for a program/, /shortest path/, /provinces compare/, /planned|下一步/, /full-text/]) {
    expect(all).toMatch(q);
  }
});
