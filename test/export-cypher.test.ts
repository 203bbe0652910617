import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import { describe, expect, test } from 'vitest';
import { cypherFloat, cypherInteger, cypherString, cypherValue, startsStatement, writeCypherScript } from '../src/export/cypher/index.js';
import type { ReplyGraph } from '../src/graph/index.js';
import { EDGE_TYPES, NODE_TYPES, type EntityNodeAttributes } from '../src/ontology/index.js';
import { cypherErrors, decodeCypherString } from './helpers/cypher-lint.js';
import { seedGraph } from './helpers/seed-graph.js';

const HOSTILE = [
  "O'Brien",
  'say "hi"',
  'back\\slash \\n not a newline',
  'trailing backslash \\',
  "'; MATCH (n) DETACH DELETE n; //",
  'line1\nline2\r\nline3\ttab',
  'comment end */ and start /* and // slashes',
  '`backtick` and $param and {map: 1}',
  '河北省邯郸市“人人持证、技能社会”',
  'emoji 😀 and astral 𠀋 (CJK Ext. B)',
  'lone high \uD800 and lone low \uDC00 surrogates',
  'nul \u0000 bell \u0007 del \u007f nel \u0085 ls \u2028 ps \u2029 bom \uFEFF',
  '\\u0027 looks like an escape',
  '',
];
/** What survives storage: lone surrogates cannot be encoded in UTF-8 and become U+FFFD. */
const stored = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

test('the parser check can fail', () => {
  expect(cypherErrors('MATCH (n RETURN n')).not.toEqual([]);
  expect(cypherErrors("RETURN 'it's'")).not.toEqual([]);
});

describe('Cypher literal encoder', () => {
  test.each(HOSTILE.map((s) => [s]))('round-trips %j', (s) => {
    const lit = cypherString(s);
    expect(decodeCypherString(lit)).toEqual({ value: stored(s), end: lit.length });
    expect(cypherErrors(`RETURN ${lit} AS x`)).toEqual([]);
    // the literal holds no raw line break, so a line-based tool cannot split it
    expect(lit).not.toMatch(/[\n\r\u2028\u2029]/);
  });

  test('numbers keep their Neo4j type; non-finite numbers become null', () => {
    expect(cypherInteger(2021)).toBe('2021');
    expect(cypherInteger(-1)).toBe('-1');
    expect(cypherFloat(6.3)).toBe('6.3');
    expect(cypherFloat(63000)).toBe('63000.0');
    expect(cypherFloat(1.5e21)).toBe('1.5e21');
    expect(cypherFloat(NaN)).toBe('null');
    expect(cypherValue([1, 2], 'int')).toBe('[1, 2]');
    expect(cypherValue(['a', "b'"], 'string')).toBe("['a', 'b\\'']");
    expect(cypherErrors(`RETURN ${cypherFloat(1.5e21)}, ${cypherFloat(1e-7)}, ${cypherFloat(-0)}, ${cypherValue([-1, 3], 'int')}`)).toEqual([]);
  });
});

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'replygraph-cypher-'));
}

describe('graph.cypher', () => {
  test('the script of a seed reply\'s graph parses with zero errors; schema comes before data; one statement per batch', async () => {
    // one reply (临汾) keeps the parser's time short (it reads ~10 kB/s); neo4j-pipeline.test.ts parses the whole seeds' script
    const g = seedGraph();
    g.forEachNode((k, a) => {
      if (!a.replies.includes('001_c14fae95395a6d05')) g.dropNode(k);
    });
    const file = join(tmp(), 'graph.cypher');
    await writeCypherScript(g, file, { batchSize: 7 });
    const text = readFileSync(file, 'utf8');
    expect(cypherErrors(text)).toEqual([]);
    const firstData = text.indexOf('UNWIND');
    expect(text.lastIndexOf('CREATE CONSTRAINT')).toBeLessThan(firstData);
    expect(text.lastIndexOf('CREATE FULLTEXT INDEX')).toBeLessThan(firstData);
    expect(text).toMatch(/fulltext\.analyzer`: 'cjk'/);
    for (const label of NODE_TYPES) expect(text).toContain(`FOR (n:\`${label}\`) REQUIRE n.key IS UNIQUE`);
    // every label and type in MERGE/MATCH comes from the ontology
    for (const m of text.matchAll(/MERGE \(n:`([^`]+)`/g)) expect(NODE_TYPES).toContain(m[1]);
    for (const m of text.matchAll(/\[r:`([^`]+)`\]/g)) expect(EDGE_TYPES).toContain(m[1]);
    // statements are cut where a row's hash says (startsStatement), whatever its place: every row of the label is in one
    const perLabel = new Map<string, number>();
    g.forEachNode((_k, a) => perLabel.set(a.type, (perLabel.get(a.type) ?? 0) + 1));
    const rowsOf = new Map<string, string[][]>();
    for (const m of text.matchAll(/UNWIND \[\n([^]*?)\n\] AS row\nMERGE \(n:`([^`]+)`/g)) {
      const list = rowsOf.get(m[2]!) ?? [];
      list.push(m[1]!.split(',\n'));
      rowsOf.set(m[2]!, list);
    }
    expect(new Map([...rowsOf].map(([l, st]) => [l, st.flat().length]))).toEqual(perLabel);
    let cuts = 0;
    for (const statements of rowsOf.values()) {
      statements.forEach((rows, i) => rows.forEach((row, j) => {
        if (j > 0 || i > 0) expect(startsStatement(row, 'utf16', 7)).toBe(j === 0);
        if (j === 0 && i > 0) cuts++;
      }));
    }
    expect(cuts).toBeGreaterThan(0); // some row after a label's first starts a statement: the rule was met
    // no parameter left in the script: it runs without :param
    expect(text).not.toMatch(/\$rows/);
    // Chinese text is kept as written
    expect(text).toContain("'新型学徒制'");
    expect(readdirSync(join(file, '..'))).toEqual(['graph.cypher']);
  }, 600_000);

  test('hostile names survive into the script and the script still parses', async () => {
    const g = new graphology.MultiDirectedGraph() as unknown as ReplyGraph;
    HOSTILE.forEach((name, i) => {
      const a: EntityNodeAttributes = { type: 'Person', name, aliases: [name + '*/'], replies: ['r1'], evidence: [{ reply: 'r1', start: 0, end: 3, sentence: name }] };
      g.addNode(`Person:${i}:${name}`, a);
    });
    g.addNode('Program:人人持证', { type: 'Program', name: '人人持证', aliases: [], replies: ['r1'], evidence: [] });
    g.addDirectedEdgeWithKey('e', `Person:0:${HOSTILE[0]}`, 'Program:人人持证', { type: 'MENTIONS', replies: ['r1'], evidence: [], weight: 1 });
    const file = join(tmp(), 'graph.cypher');
    await writeCypherScript(g, file);
    const text = readFileSync(file, 'utf8');
    expect(cypherErrors(text)).toEqual([]);
    const names: string[] = [];
    for (const m of text.matchAll(/`name`: /g)) names.push(decodeCypherString(text, m.index + m[0].length).value);
    expect(names.sort()).toEqual([...HOSTILE.map(stored), '人人持证'].sort());
  });

  test('a node type outside the ontology is refused with the node named', async () => {
    const g = new graphology.MultiDirectedGraph() as unknown as ReplyGraph;
    g.addNode('X:1', { type: 'Robot`) DETACH DELETE n //', name: 'x' } as never);
    await expect(writeCypherScript(g, join(tmp(), 'graph.cypher'))).rejects.toThrow(/node X:1: node type .* is not an ontology type/);
  });
});
