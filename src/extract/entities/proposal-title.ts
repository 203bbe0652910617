import type { ExtractContext } from '../context.js';
import type { Span } from '../types.js';

const TITLE = /[《“"]([^《》“”"\n]{4,80}?(?:建议|提案|议案))[》”"]/g;

/**
 * Spans of the proposal's own title quoted in the reply (《关于…的建议》,
 * “关于…的提案”): the proposer's words, not things the bureau names, so no
 * entity is taken from inside them.
 */
export function proposalTitleSpans(ctx: ExtractContext): Span[] {
  const spans: Span[] = [];
  for (const m of ctx.text.matchAll(TITLE)) spans.push({ start: m.index, end: m.index + m[0].length });
  const own = ctx.fields.title;
  if (own) for (let i = ctx.text.indexOf(own); i >= 0; i = ctx.text.indexOf(own, i + 1)) spans.push({ start: i, end: i + own.length });
  return spans;
}
