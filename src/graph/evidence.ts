import type { Sentence, Span } from '../extract/index.js';
import type { Evidence } from '../ontology/index.js';

/** Evidence kept per node and per edge, at most; `weight` still counts every sighting. */
export const MAX_NODE_EVIDENCE = 3;
export const MAX_EDGE_EVIDENCE = 5;

/** The sentence that contains a span (binary search over sorted sentences), or the span itself. */
export function sentenceAt(sentences: readonly Sentence[], span: Span, text: string): Sentence {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.end <= span.start) lo = mid + 1;
    else if (s.start > span.start) hi = mid - 1;
    else return s.end >= span.end ? s : { start: s.start, end: span.end, text: text.slice(s.start, span.end) };
  }
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

export function evidenceOf(reply: string, sentence: Sentence, mention?: Span): Evidence {
  return {
    reply,
    start: sentence.start,
    end: sentence.end,
    sentence: sentence.text,
    ...(mention ? { mention: { start: mention.start, end: mention.end } } : {}),
  };
}

const before = (a: Evidence, b: Evidence) => (a.reply !== b.reply ? a.reply < b.reply : a.start !== b.start ? a.start < b.start : (a.mention?.start ?? -1) < (b.mention?.start ?? -1));

/**
 * Add evidence to a capped list kept in (reply, position) order: whatever
 * order replies are added in, the list holds the first `cap` sightings of the
 * sorted corpus, so output does not depend on processing order.
 */
export function pushEvidence(list: Evidence[], e: Evidence, cap: number): void {
  if (list.some((x) => x.reply === e.reply && x.start === e.start && x.end === e.end)) return;
  let i = list.length;
  while (i > 0 && before(e, list[i - 1]!)) i--;
  if (i >= cap) return;
  list.splice(i, 0, e);
  if (list.length > cap) list.pop();
}
