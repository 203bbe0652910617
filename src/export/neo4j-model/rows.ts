import type { ReplyGraph } from '../../graph/index.js';
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from '../../ontology/index.js';
import { labelOf, relTypeOf } from './identifiers.js';
import { edgeProperties, nodeProperties, type Props } from './properties.js';

export interface NodeRow {
  key: string;
  props: Props;
}
export interface RelationshipRow {
  from: string;
  to: string;
  props: Props;
}

/** The nodes of one label, keys sorted. */
export interface NodeGroup {
  label: NodeType;
  keys: string[];
}
/** The edges of one type between two labels (one MERGE statement shape), keys sorted. */
export interface RelationshipGroup {
  type: EdgeType;
  from: NodeType;
  to: NodeType;
  keys: string[];
}

const sortKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Nodes grouped by label, in ontology order; throws on a type outside the ontology. */
export function nodeGroups(graph: ReplyGraph): NodeGroup[] {
  const by = new Map<NodeType, string[]>();
  graph.forEachNode((key, a) => {
    const label = labelOf(a.type, `node ${key}`);
    let list = by.get(label);
    if (!list) by.set(label, (list = []));
    list.push(key);
  });
  return NODE_TYPES.filter((l) => by.has(l)).map((label) => ({ label, keys: by.get(label)!.sort(sortKeys) }));
}

/** Edges grouped by (type, source label, target label), in ontology order. */
export function relationshipGroups(graph: ReplyGraph): RelationshipGroup[] {
  const by = new Map<string, RelationshipGroup>();
  graph.forEachEdge((key, a, source, target, sa, ta) => {
    const type = relTypeOf(a.type, `edge ${key}`);
    const from = labelOf(sa.type, `node ${source}`);
    const to = labelOf(ta.type, `node ${target}`);
    const id = `${type} ${from} ${to}`;
    let g = by.get(id);
    if (!g) by.set(id, (g = { type, from, to, keys: [] }));
    g.keys.push(key);
  });
  const rank = (g: RelationshipGroup) => [EDGE_TYPES.indexOf(g.type), NODE_TYPES.indexOf(g.from), NODE_TYPES.indexOf(g.to)];
  return [...by.values()]
    .map((g) => ({ ...g, keys: g.keys.sort(sortKeys) }))
    .sort((x, y) => {
      const a = rank(x);
      const b = rank(y);
      return a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
    });
}

export function nodeRow(graph: ReplyGraph, key: string): NodeRow {
  return { key, props: nodeProperties(key, graph.getNodeAttributes(key) as unknown as Record<string, unknown>) };
}

export function relationshipRow(graph: ReplyGraph, key: string): RelationshipRow {
  return {
    from: graph.source(key),
    to: graph.target(key),
    props: edgeProperties(key, graph.getEdgeAttributes(key) as unknown as Record<string, unknown>),
  };
}

/** Consecutive slices of at most `size` items. */
export function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`batch size must be a positive integer, got ${size}`);
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Default rows per UNWIND batch: large enough to be fast, small enough for one transaction. */
export const DEFAULT_BATCH_SIZE = 1000;
