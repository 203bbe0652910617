import cues from './cues.json' with { type: 'json' };
import type { Line } from './lines.js';

const NUMBERED_HEADING = /^[一二三四五六七八九十]+[、.．]/;

/**
 * Where the body begins in a reply without a salutation line: the first line
 * that acknowledges the proposal (…收悉, 现答复如下) or opens a numbered
 * section (一、), within the first `limit` lines; `limit` when there is none.
 * The header (title, doc number, session) is what comes before it, so that a
 * document number cited in the body is never taken for the reply's own.
 */
export function bodyStart(lines: readonly Line[], limit: number): number {
  const n = Math.min(lines.length, limit);
  for (let i = 0; i < n; i++) {
    const c = lines[i]!.clean;
    if (NUMBERED_HEADING.test(c) || cues.bodyStarts.some((w) => c.includes(w))) return i;
  }
  return n;
}
