import { describe, expect, it } from 'vitest';
import { EDGE_SCHEMA, EDGE_TYPES, NODE_TYPES, isEdgeType, isNodeType } from '../src/ontology/index.js';

describe('ontology', () => {
  it('every edge schema names only known node types', () => {
    for (const t of EDGE_TYPES) {
      const s = EDGE_SCHEMA[t];
      for (const n of [...s.from, ...s.to]) expect(isNodeType(n), `${t}: ${n}`).toBe(true);
    }
  });
  it('labels and relationship types follow Neo4j naming (PascalCase / UPPER_SNAKE_CASE)', () => {
    for (const n of NODE_TYPES) expect(n).toMatch(/^[A-Z][a-zA-Z]+$/);
    for (const e of EDGE_TYPES) expect(e).toMatch(/^[A-Z][A-Z_]+$/);
    expect(isEdgeType('RUNS')).toBe(true);
    expect(isEdgeType('runs')).toBe(false);
  });
});
