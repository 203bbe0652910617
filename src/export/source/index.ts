import { GraphStore, type ReplyGraph } from '../../graph/index.js';

/** What exporters read: a build's GraphStore, or a whole graph in graphology (e.g. read from graph.json). */
export type GraphSource = ReplyGraph | GraphStore;

/** The store of a source (a graphology graph is wrapped, nothing copied). */
export function asStore(g: GraphSource): GraphStore {
  return g instanceof GraphStore ? g : GraphStore.fromGraph(g);
}
