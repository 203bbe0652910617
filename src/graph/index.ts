export { GraphBuilder, buildGraph, GENERATOR } from './build.js';
export type { ReplyGraph } from './types.js';
export * from './analytics/index.js';
