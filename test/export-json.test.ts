/**
 * graph.json is written from bytes: the spooled lines of each reply's nodes
 * and edges are copied into the file without becoming strings. The byte
 * transform must give exactly what writing the lines as strings gives.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeGraphJson } from '../src/export/index.js';
import { jsonArrayPiece } from '../src/export/json/array-bytes.js';
import { buildCorpus } from '../src/pipeline/build.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** The string version: `${first ? '' : ','}\n${line}` per non-empty line, prefixes dropped up to the first tab. */
function reference(text: string, first: boolean, dropPrefix: boolean): string {
  let out = '';
  for (const raw of text.split('\n')) {
    const line = dropPrefix && raw.includes('\t') ? raw.slice(raw.indexOf('\t') + 1) : raw;
    if (!line) continue;
    out += `${first ? '' : ','}\n${line}`;
    first = false;
  }
  return out;
}

describe('graph.json from bytes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'replygraph-json-'));
  const { store } = await buildCorpus(['seeds'], { workers: 0, spoolDir: join(dir, '.spool') });

  test('every spooled chunk of the seeds becomes the elements the string writer would give', async () => {
    let n = 0;
    for (const kind of ['nodes', 'edges'] as const) {
      for await (const chunk of store.spooledChunks(kind)) {
        for (const first of [true, false]) {
          const piece = jsonArrayPiece(chunk, first, kind === 'nodes');
          expect(dec.decode(piece.bytes)).toBe(reference(dec.decode(chunk), first, kind === 'nodes'));
          expect(piece.wrote).toBe(chunk.length > 0);
        }
        n++;
      }
    }
    expect(n).toBeGreaterThan(3);
  });

  test('edge cases: no trailing newline, empty lines, an empty chunk, Chinese and escapes', () => {
    for (const text of ['', '\n', '{"k":"新型学徒制"}', '{"a":1}\n\n{"b":"\\n\\t"}\n', '3\t{"key":"Reply:x"}\n12\t{"key":"Measure:x#1"}']) {
      for (const first of [true, false]) {
        for (const drop of [true, false]) {
          const piece = jsonArrayPiece(enc.encode(text), first, drop);
          expect(dec.decode(piece.bytes), JSON.stringify({ text, first, drop })).toBe(reference(text, first, drop));
        }
      }
    }
  });

  test('the file is graphology JSON whose nodes and edges are the store\'s, spooled ones included', async () => {
    await writeGraphJson(store, join(dir, 'graph.json'));
    const json = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as { nodes: { key: string }[]; edges: { key: string }[] };
    const counts = store.typeCounts();
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(json.nodes.length).toBe(sum(counts.nodes));
    expect(json.edges.length).toBe(sum(counts.edges));
    expect(json.nodes.some((n) => n.key.startsWith('Measure:'))).toBe(true);
    expect(new Set(json.edges.map((e) => e.key)).size).toBe(json.edges.length);
  });
});
