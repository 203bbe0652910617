import type { Mention, Span } from '../types.js';

/** The mentions lying inside a span, in text order. */
export function mentionsIn(mentions: readonly Mention[], span: Span): Mention[] {
  return mentions.filter((m) => m.start >= span.start && m.end <= span.end).sort((a, b) => a.start - b.start);
}
