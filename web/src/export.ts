/**
 * Export: the current view as a PNG at twice the screen resolution
 * (@sigma/export-image), and the filtered graph as GEXF for Gephi
 * (graphology-gexf), both downloaded by the browser.
 */
import { toBlob } from '@sigma/export-image';
import Graph from 'graphology';
import { write } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import { attachLabelDrawer } from './labels.js';
import type { ViewerEdge, ViewerGraph, ViewerNode } from './load.js';

type Renderer = Sigma<ViewerNode, ViewerEdge>;

export const PNG_SCALE = 2;

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** PNG of the current view (camera, filters, highlight) at PNG_SCALE × the device pixel ratio. */
export async function viewToPng(renderer: Renderer): Promise<Blob> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  const ratio = window.devicePixelRatio || 1;
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio * PNG_SCALE });
  try {
    // re-render with the label drawer attached and yield a microtask so it has drawn (labels.ts)
    return await toBlob(renderer as unknown as Sigma, { format: 'png', backgroundColor: '#ffffff', withTempRenderer: async (tmp) => {
      attachLabelDrawer(tmp);
      tmp.refresh();
      await Promise.resolve();
    } });
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

export async function downloadPng(renderer: Renderer, fileName = 'replygraph.png'): Promise<void> {
  download(await viewToPng(renderer), fileName);
}

/** GEXF of the visible nodes and the edges between them, with type, aliases, replies, colour, size and position. */
export function filteredGexf(graph: ViewerGraph, visible: Set<string>): string {
  const sub = new Graph({ type: 'directed', multi: graph.multi, allowSelfLoops: true });
  graph.forEachNode((key, a) => {
    if (!visible.has(key)) return;
    const aliases = Array.isArray(a.aliases) ? a.aliases.join('|') : '';
    sub.addNode(key, { label: a.name, type: a.type, aliases, replies: (a.replies ?? []).join('|'), x: a.x, y: a.y, size: a.size, color: a.color });
  });
  graph.forEachEdge((key, a, s, t) => {
    if (visible.has(s) && visible.has(t)) sub.addDirectedEdgeWithKey(key, s, t, { type: a.type, weight: a.weight ?? 1, replies: (a.replies ?? []).join('|') });
  });
  return write(sub, {
    formatNode: (key, a) => ({
      label: String(a.label),
      attributes: { type: String(a.type), aliases: String(a.aliases), replies: String(a.replies) },
      viz: { color: String(a.color ?? '#999999'), size: Number(a.size ?? 3), x: Number(a.x ?? 0), y: Number(a.y ?? 0) },
    }),
    formatEdge: (key, a) => ({ label: String(a.type), weight: Number(a.weight), attributes: { type: String(a.type), replies: String(a.replies) } }),
  });
}

export function downloadGexf(graph: ViewerGraph, visible: Set<string>, fileName = 'replygraph-view.gexf'): void {
  download(new Blob([filteredGexf(graph, visible)], { type: 'application/xml' }), fileName);
}
