import type { ReplyGraph } from '../graph/index.js';
import type { SkippedFile } from '../ingest/index.js';

function countBy(items: Iterable<string>): [string, number][] {
  const m = new Map<string, number>();
  for (const t of items) m.set(t, (m.get(t) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The build summary: replies read, nodes and edges by type, files skipped and why. */
export function formatSummary(graph: ReplyGraph, read: number, skipped: readonly SkippedFile[], seconds: number, outputs: string[]): string {
  const nodeTypes: string[] = [];
  graph.forEachNode((_k, a) => nodeTypes.push(a.type));
  const edgeTypes: string[] = [];
  graph.forEachEdge((_k, a) => edgeTypes.push(a.type));
  const fmt = (rows: [string, number][]) => rows.map(([t, n]) => `  ${t.padEnd(14)}${String(n).padStart(8)}`).join('\n');
  const lines = [
    `replies read: ${read}${skipped.length ? `, files skipped: ${skipped.length}` : ''} (${seconds.toFixed(2)} s)`,
    `nodes: ${graph.order}`,
    fmt(countBy(nodeTypes)),
    `edges: ${graph.size}`,
    fmt(countBy(edgeTypes)),
  ];
  if (skipped.length) {
    lines.push('skipped:');
    for (const s of skipped) lines.push(`  ${s.file}: ${s.reason}`);
  }
  if (outputs.length) lines.push('wrote:', ...outputs.map((o) => `  ${o}`));
  return lines.join('\n');
}
