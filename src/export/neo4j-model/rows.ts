import type { EdgeGroup, StoredEdge, StoreReader } from '../../graph/index.js';
import type { StringForm } from '../../graph/string-form.js';
import { type EdgeType, type NodeType } from '../../ontology/index.js';
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

/** The nodes of one label. */
export interface NodeGroup {
  label: NodeType;
  count: number;
}
/** The edges of one type between two labels (one MERGE statement shape, one neo4j-admin file). */
export interface RelationshipGroup {
  type: EdgeType;
  from: NodeType;
  to: NodeType;
  count: number;
}

/** Node labels of a graph with their counts, in ontology order; throws on a type outside the ontology. */
export function nodeGroups(store: StoreReader): NodeGroup[] {
  return store.labels().map((l) => ({ label: labelOf(l, `node ${store.someNodeOf(l) ?? `of type ${l}`}`), count: store.countOf(l) }));
}

/** Edge groups (type, source label, target label), in ontology order; throws on a type or label outside the ontology. */
export function relationshipGroups(store: StoreReader): RelationshipGroup[] {
  return store.edgeGroups().map((g: EdgeGroup) => ({
    type: relTypeOf(g.type, `edge type ${g.type}`),
    from: labelOf(g.from, `node label ${g.from}`),
    to: labelOf(g.to, `node label ${g.to}`),
    count: g.count,
  }));
}

/** The rows of a label's nodes, streamed (shared nodes sorted by key, then replies' own nodes in input order). */
export async function* nodeRows(store: StoreReader, label: NodeType): AsyncGenerator<NodeRow> {
  for await (const n of store.nodesOf(label)) yield { key: n.key, props: nodeProperties(n.key, n.attributes as unknown as Record<string, unknown>, store.stringForm) };
}

/** The row of an edge (its strings in the store's form). */
function relationshipRow(e: StoredEdge, form: StringForm): RelationshipRow {
  return { from: e.source, to: e.target, props: edgeProperties(e.key, e.attributes as unknown as Record<string, unknown>, form) };
}

/** The rows of a relationship group, streamed. */
export async function* relationshipRows(store: StoreReader, g: RelationshipGroup): AsyncGenerator<RelationshipRow> {
  for await (const e of store.edgesOf(g)) yield relationshipRow(e, store.stringForm);
}

/** The rows of a relationship group that show all its property columns and types (see StoreReader.edgeShapesOf). */
export async function* relationshipShapeRows(store: StoreReader, g: RelationshipGroup): AsyncGenerator<RelationshipRow> {
  for await (const e of store.edgeShapesOf(g)) yield relationshipRow(e, store.stringForm);
}

/** Consecutive slices of at most `size` items of a stream. */
export async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`batch size must be a positive integer, got ${size}`);
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Default rows per UNWIND batch: large enough to be fast, small enough for one transaction. */
export const DEFAULT_BATCH_SIZE = 1000;
