/**
 * Layout: reproducible initial positions (a PRNG seeded by each node's key)
 * for nodes without saved x/y, a fixed number of synchronous ForceAtlas2
 * iterations for small graphs, and ForceAtlas2 in a web worker that the user
 * starts and stops.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ViewerGraph } from './load.js';

/** FNV-1a hash of a string. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hasPosition(a: Record<string, unknown>): boolean {
  return typeof a.x === 'number' && typeof a.y === 'number' && Number.isFinite(a.x) && Number.isFinite(a.y);
}

/**
 * Give every node without a saved position a position in a disc, drawn from a
 * PRNG seeded by its key. Returns true when every node already had one.
 */
export function seedPositions(graph: ViewerGraph): boolean {
  let allSaved = true;
  const radius = Math.sqrt(Math.max(1, graph.order)) * 10;
  graph.forEachNode((key, a) => {
    if (hasPosition(a)) return;
    allSaved = false;
    const r = prng(hashKey(key));
    const angle = r() * 2 * Math.PI;
    const dist = Math.sqrt(r()) * radius;
    graph.mergeNodeAttributes(key, { x: Math.cos(angle) * dist, y: Math.sin(angle) * dist });
  });
  return allSaved;
}

/** Largest graph laid out synchronously at load (bigger ones keep their seeded positions). */
export const SYNC_LAYOUT_MAX_ORDER = 3000;
export const SYNC_LAYOUT_ITERATIONS = 300;

function settings(graph: ViewerGraph): ReturnType<typeof forceAtlas2.inferSettings> {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false, gravity: 1, scalingRatio: 10 };
}

/** Deterministic first layout: seeded positions, then a fixed number of FA2 iterations. */
export function initialLayout(graph: ViewerGraph): 'saved' | 'computed' | 'seeded' {
  if (seedPositions(graph)) return 'saved';
  if (graph.order > SYNC_LAYOUT_MAX_ORDER) return 'seeded';
  forceAtlas2.assign(graph, { iterations: SYNC_LAYOUT_ITERATIONS, settings: settings(graph), getEdgeWeight: null });
  return 'computed';
}

/** ForceAtlas2 in a web worker, started and stopped by the user. */
export class LayoutWorker {
  private fa2: FA2Layout | null = null;
  constructor(private graph: ViewerGraph) {}

  isRunning(): boolean {
    return this.fa2?.isRunning() ?? false;
  }
  start(): void {
    if (!this.fa2) this.fa2 = new FA2Layout(this.graph, { settings: settings(this.graph), getEdgeWeight: null });
    this.fa2.start();
  }
  stop(): void {
    this.fa2?.stop();
  }
  toggle(): boolean {
    if (this.isRunning()) this.stop();
    else this.start();
    return this.isRunning();
  }
  kill(): void {
    this.fa2?.kill();
    this.fa2 = null;
  }
}
