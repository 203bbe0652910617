/**
 * Graph loading: graph.json (graphology's serialised form) from a URL, a
 * picked file or a dropped file, checked against the contract before use.
 */
import Graph from 'graphology';
import type { AbstractGraph, SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../../src/ontology/index.js';

export type ViewerNode = NodeAttributes & Record<string, unknown>;
export type ViewerEdge = EdgeAttributes & Record<string, unknown>;
export type ViewerGraph = AbstractGraph<ViewerNode, ViewerEdge>;

/** A user-facing load error: names the source and the problem, one line. */
export class GraphLoadError extends Error {}

/** Parse and check graph.json text; `source` names the file or URL in errors. */
/** Milliseconds spent in the last load's steps (read by the benchmark). */
export const loadTimings: Record<string, number> = {};

export function parseGraphJson(text: string, source: string): ViewerGraph {
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
  const s = data as SerializedGraph;
  for (const n of s.nodes) {
    const a = n.attributes as Record<string, unknown> | undefined;
    if (!a || typeof a.type !== 'string' || typeof a.name !== 'string') {
      throw new GraphLoadError(`${source}: node ${JSON.stringify(String(n.key)).slice(0, 80)} has no string "type" and "name"`);
    }
    if (!Array.isArray(a.replies)) a.replies = [];
    if (a.aliases !== undefined && !Array.isArray(a.aliases)) a.aliases = [];
    if (a.evidence !== undefined && !Array.isArray(a.evidence)) a.evidence = [];
  }
  t = performance.now();
  const graph: ViewerGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: true, ...(s.options ?? {}) });
  try {
    graph.import(s as SerializedGraph<ViewerNode, ViewerEdge>);
  } catch (e) {
    throw new GraphLoadError(`${source}: ${(e as Error).message}`);
  }
  loadTimings.graphImport = performance.now() - t;
  return graph;
}

/** The fetch index.html started before the modules loaded, used once when its URL matches. */
function takePrefetch(url: string): Promise<Response | Error> | null {
  const w = window as { __graphPrefetch?: { url: string; response: Promise<Response | Error> } };
  const p = w.__graphPrefetch;
  delete w.__graphPrefetch;
  return p && p.url === url ? p.response : null;
}

export async function loadGraphFromUrl(url: string): Promise<ViewerGraph> {
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
  return parseGraphJson(text, url);
}

export async function loadGraphFromFile(file: File): Promise<ViewerGraph> {
  return parseGraphJson(await file.text(), file.name);
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
