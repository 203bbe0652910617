export { GraphBuilder, buildGraph, GENERATOR } from './build.js';
export { replyFragment, edgeGroup, REPLY_NODE_TYPES, type ReplyFragment } from './fragment.js';
export { GraphStore, type StoredNode, type StoredEdge, type EdgeGroup } from './store.js';
export { SharedGraph, SharedOpRecorder, replayOps, type SharedOp, type SharedSink } from './shared.js';
export { Spool } from './spool.js';
export type { ReplyGraph } from './types.js';
export * from './analytics/index.js';
export { FrozenStore, type FrozenManifest } from './frozen.js';
export type { StoreReader } from './store.js';
