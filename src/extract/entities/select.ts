import type { Mention } from '../types.js';

/**
 * Choose among overlapping mentions: a longer span wins over one it contains,
 * then the higher-priority recogniser, then the earlier one. Mentions of the
 * same type and name at the same span are merged.
 */
export function selectMentions(candidates: { mention: Mention; priority: number }[]): Mention[] {
  const sorted = [...candidates].sort(
    (a, b) => b.mention.end - b.mention.start - (a.mention.end - a.mention.start) || b.priority - a.priority || a.mention.start - b.mention.start,
  );
  const taken: Mention[] = [];
  const covered: [number, number][] = [];
  for (const { mention } of sorted) {
    if (covered.some(([s, e]) => mention.start < e && s < mention.end)) continue;
    taken.push(mention);
    covered.push([mention.start, mention.end]);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}
