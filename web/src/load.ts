/**
 * Graph loading: graph.json (graphology's serialised form) from a URL, a
 * picked file or a dropped file, checked against the contract before use.
 */
import Graph from 'graphology';
import type { AbstractGraph, SerializedEdge, SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../../src/ontology/index.js';

export type ViewerNode = NodeAttributes & Record<string, unknown>;
export type ViewerEdge = EdgeAttributes & Record<string, unknown>;
export type ViewerGraph = AbstractGraph<ViewerNode, ViewerEdge>;

/** A user-facing load error: names the source and the problem, one line. */
export class GraphLoadError extends Error {}

/** Milliseconds spent in the last load's steps (read by the benchmark). */
export const loadTimings: Record<string, number> = {};

/** A parsed graph.json: the graph and, for a large graph, the edges still to add. */
export interface LoadedGraph {
  graph: ViewerGraph;
  /**
   * Edges not yet in `graph` (null when all are). A large graph is shown
   * nodes first: importing 100,000 edges into graphology and indexing them in
   * sigma would double the time to the first frame, so they are added after
   * it (see addPendingEdges). Their ends are checked here.
   */
  pendingEdges: SerializedEdge<ViewerEdge>[] | null;
}

/** What decides whether a graph's edges wait for the first frame. */
export interface GraphShape {
  order: number;
  size: number;
  /** every node has a saved position (no layout needs the edges first) */
  positioned: boolean;
}

export type DeferEdges = (shape: GraphShape) => boolean;

const finite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/** Parse and check graph.json text; `source` names the file or URL in errors. */
export function parseGraphJson(text: string, source: string, deferEdges: DeferEdges = () => false): LoadedGraph {
  let data: unknown;
  let t = performance.now();
  try {
    data = JSON.parse(text);
    loadTimings.jsonParse = performance.now() - t;
  } catch (e) {
    throw new GraphLoadError(`${source}: not JSON (${(e as Error).message})`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new GraphLoadError(`${source}: not a graph.json (no "nodes" array)`);
  }
  const s = data as SerializedGraph<ViewerNode, ViewerEdge>;
  if (s.edges !== undefined && !Array.isArray(s.edges)) throw new GraphLoadError(`${source}: "edges" is not an array`);
  let positioned = true;
  for (const n of s.nodes) {
    const a = n.attributes as Record<string, unknown> | undefined;
    if (!a || typeof a.type !== 'string' || typeof a.name !== 'string') {
      throw new GraphLoadError(`${source}: node ${JSON.stringify(String(n.key)).slice(0, 80)} has no string "type" and "name"`);
    }
    if (!Array.isArray(a.replies)) a.replies = [];
    if (a.aliases !== undefined && !Array.isArray(a.aliases)) a.aliases = [];
    if (a.evidence !== undefined && !Array.isArray(a.evidence)) a.evidence = [];
    if (positioned && !(finite(a.x) && finite(a.y))) positioned = false;
  }
  const edges = s.edges ?? [];
  const defer = edges.length > 0 && deferEdges({ order: s.nodes.length, size: edges.length, positioned });
  t = performance.now();
  const graph: ViewerGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: true, ...(s.options ?? {}) });
  try {
    graph.import(defer ? { attributes: s.attributes, nodes: s.nodes } : s);
    if (defer) {
      for (const e of edges) {
        for (const end of [e.source, e.target]) {
          if (!graph.hasNode(end)) throw new Error(`edge ${JSON.stringify(String(e.key ?? ''))}: node ${JSON.stringify(String(end))} not found`);
        }
      }
    }
  } catch (e) {
    throw new GraphLoadError(`${source}: ${(e as Error).message}`);
  }
  loadTimings.graphImport = performance.now() - t;
  return { graph, pendingEdges: defer ? edges : null };
}

/** Add the edges a large graph's first frame went without (see LoadedGraph). */
export function addPendingEdges(loaded: LoadedGraph, source: string): void {
  if (!loaded.pendingEdges) return;
  const edges = loaded.pendingEdges;
  loaded.pendingEdges = null;
  try {
    loaded.graph.import({ edges });
  } catch (e) {
    throw new GraphLoadError(`${source}: ${(e as Error).message}`);
  }
}

/** Every edge as (type, source, target), added or pending. */
export function forEachEdgeOf(loaded: LoadedGraph, cb: (type: string, source: string, target: string) => void): void {
  loaded.graph.forEachEdge((_e, a, source, target) => cb(a.type, source, target));
  for (const e of loaded.pendingEdges ?? []) cb(String(e.attributes?.type ?? ''), String(e.source), String(e.target));
}

/** The fetch index.html started before the modules loaded, used once when its URL matches. */
function takePrefetch(url: string): Promise<Response | Error> | null {
  const w = window as { __graphPrefetch?: { url: string; response: Promise<Response | Error> } };
  const p = w.__graphPrefetch;
  delete w.__graphPrefetch;
  return p && p.url === url ? p.response : null;
}

export async function loadGraphFromUrl(url: string, deferEdges?: DeferEdges): Promise<LoadedGraph> {
  let res: Response;
  try {
    const pre = await takePrefetch(url);
    if (pre instanceof Error) throw pre;
    res = pre ?? (await fetch(url));
  } catch (e) {
    throw new GraphLoadError(`${url}: cannot fetch (${(e as Error).message})`);
  }
  if (!res.ok) throw new GraphLoadError(`${url}: HTTP ${res.status} ${res.statusText}`.trim());
  if ((res.headers.get('content-type') ?? '').includes('text/html')) throw new GraphLoadError(`${url}: the server sent an HTML page, not graph.json (missing file?)`);
  const t = performance.now();
  const text = await res.text();
  loadTimings.download = performance.now() - t;
  return parseGraphJson(text, url, deferEdges);
}

export async function loadGraphFromFile(file: File, deferEdges?: DeferEdges): Promise<LoadedGraph> {
  return parseGraphJson(await file.text(), file.name, deferEdges);
}

/** Call `onFile` with files picked in an <input type=file> or dropped on `dropZone`. */
export function bindFileInputs(input: HTMLInputElement, dropZone: HTMLElement, onFile: (f: File) => void): void {
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    if (f) onFile(f);
    input.value = '';
  });
  dropZone.addEventListener('dragover', (e) => {
    e.preventDefault();
    dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (e) => {
    e.preventDefault();
    dropZone.classList.remove('dragging');
    const f = e.dataTransfer?.files?.[0];
    if (f) onFile(f);
  });
}
