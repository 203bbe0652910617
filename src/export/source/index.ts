import { FrozenStore, GraphStore, type ReplyGraph } from '../../graph/index.js';

/** What exporters read: a build's GraphStore, the same frozen to files (for a worker thread), or a whole graph in graphology (e.g. read from graph.json). */
export type GraphSource = ReplyGraph | GraphStore | FrozenStore;

/** The store of a source (a graphology graph is wrapped, nothing copied); itself a source, so a writer wraps once. */
export function asStore(g: GraphSource): GraphStore | FrozenStore {
  return g instanceof GraphStore || g instanceof FrozenStore ? g : GraphStore.fromGraph(g);
}

/** The GraphStore of a source, for writers that copy its spooled bytes (graph.json); a frozen store is not one. */
export function asGraphStore(g: GraphSource): GraphStore {
  if (g instanceof FrozenStore) throw new Error('graph.json is written from the build\'s own store, not a frozen one');
  return g instanceof GraphStore ? g : GraphStore.fromGraph(g);
}
