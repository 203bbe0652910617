import type { ReplyExtraction } from '../extract/index.js';
import { replyFragment, type ReplyFragment } from './fragment.js';
import { GraphStore } from './store.js';
import type { ReplyGraph } from './types.js';

export { GENERATOR } from './shared.js';

/**
 * Builds the knowledge graph one reply at a time: each reply's fragment
 * (made here, or by a worker thread) is merged into a GraphStore. Adding the
 * same replies in the same order gives the same graph.
 */
export class GraphBuilder {
  readonly store: GraphStore;

  /** `spoolDir`: where replies' own nodes and edges are spooled (null: in memory). */
  constructor(extractorVersion: string, spoolDir: string | null = null) {
    this.store = GraphStore.create(extractorVersion, spoolDir);
  }

  addReply(x: ReplyExtraction): void {
    this.store.add(replyFragment(x));
  }

  addFragment(f: ReplyFragment): void {
    this.store.add(f);
  }

  /** The finished store (the builder must not be used afterwards). */
  finish(): GraphStore {
    return this.store;
  }
}

/** Build the graph of a set of extractions in memory, in the order given (callers sort by reply id for stable output). */
export function buildGraph(extractions: Iterable<ReplyExtraction>, extractorVersion = 'unknown'): ReplyGraph {
  const b = new GraphBuilder(extractorVersion);
  for (const x of extractions) b.addReply(x);
  return b.finish().toGraph();
}
