import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../dist/graph/index.js';
import { loadLexicons } from '../../dist/lexicon/index.js';
import { processDoc } from '../../dist/pipeline/process.js';

// The graph builder keeps each node's `replies` sorted and unique with an
// append fast path; replies added out of order must still end up sorted.
describe('graph builder reply lists', () => {
  const lex = loadLexicons([]);
  const xs = readdirSync('seeds')
    .sort()
    .map((f) => processDoc({ id: f.slice(0, -4), file: `seeds/${f}`, text: readFileSync(`seeds/${f}`, 'utf8') }, lex));

  it('are sorted and unique whatever order replies are added in', () => {
    const reversed = buildGraph([...xs].reverse(), 'test');
    let shared = 0;
    reversed.forEachNode((_k, a) => {
      const r = (a as { replies?: string[] }).replies ?? [];
      expect(r).toEqual([...new Set(r)].sort());
      if (r.length > 1) shared++;
    });
    expect(shared).toBeGreaterThan(5); // entities named by several seeds (工匠精神 programs, 人社部 …)
  });
});
