import type { GraphStore } from '../graph/index.js';
import type { SkippedFile } from '../ingest/index.js';

const sorted = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

/** The build summary: replies read, nodes and edges by type, files skipped and why, notes on files read with warnings. */
export function formatSummary(
  store: GraphStore,
  read: number,
  skipped: readonly SkippedFile[],
  seconds: number,
  outputs: string[],
  warnings: readonly { file: string; warnings: string[] }[] = [],
): string {
  const counts = store.typeCounts();
  const fmt = (rows: [string, number][]) => rows.map(([t, n]) => `  ${t.padEnd(14)}${String(n).padStart(8)}`).join('\n');
  const lines = [
    `replies read: ${read}${skipped.length ? `, files skipped: ${skipped.length}` : ''} (${seconds.toFixed(2)} s)`,
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
