import type { SkippedFile } from '../ingest/index.js';

const sorted = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

/** What the summary reports of a graph: its size and its nodes and edges by type (a GraphStore, or the counts of a patched graph.json). */
export interface GraphCounts {
  readonly order: number;
  readonly size: number;
  typeCounts(): { nodes: Map<string, number>; edges: Map<string, number> };
}

/** GraphCounts of nodes and edges by type. */
export function countsOf(counts: { nodes: Map<string, number>; edges: Map<string, number> }): GraphCounts {
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { order: total(counts.nodes), size: total(counts.edges), typeCounts: () => counts };
}

/**
 * The build summary: replies read (and how long it took, with its phases:
 * "extracting", "writing" …), nodes and edges by type, files skipped and why,
 * notes on files read with warnings.
 */
export function formatSummary(
  store: GraphCounts,
  read: number,
  skipped: readonly SkippedFile[],
  seconds: number,
  outputs: string[],
  warnings: readonly { file: string; warnings: string[] }[] = [],
  phases: readonly [name: string, seconds: number][] = [],
): string {
  const counts = store.typeCounts();
  const fmt = (rows: [string, number][]) => rows.map(([t, n]) => `  ${t.padEnd(14)}${String(n).padStart(8)}`).join('\n');
  const time = `${seconds.toFixed(2)} s${phases.length ? `: ${phases.map(([p, t]) => `${p} ${t.toFixed(2)} s`).join(', ')}` : ''}`;
  const lines = [
    `replies read: ${read}${skipped.length ? `, files skipped: ${skipped.length}` : ''} (${time})`,
    `nodes: ${store.order}`,
    fmt(sorted(counts.nodes)),
    `edges: ${store.size}`,
    fmt(sorted(counts.edges)),
  ];
  if (skipped.length) {
    lines.push('skipped:');
    for (const s of skipped) lines.push(`  ${s.file}: ${s.reason}`);
  }
  if (warnings.length) {
    lines.push('notes:');
    for (const w of warnings) for (const text of w.warnings) lines.push(`  ${w.file}: ${text}`);
  }
  if (outputs.length) lines.push('wrote:', ...outputs.map((o) => `  ${o}`));
  return lines.join('\n');
}
