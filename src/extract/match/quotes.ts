import type { Span } from '../types.js';

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’' };

/**
 * Spans of the contents of double quotes (“…”, 「…」, "…"): a body named inside a
 * quoted name (“省政府特殊津贴”) is part of that name, not a mention of the body.
 * Book-title marks 《》 are not included: the bodies that issue a document are real.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let open: { ch: string; at: number } | null = null;
  for (const m of text.matchAll(/[“”「」『』‘’"\n]/g)) {
    const ch = m[0];
    const i = m.index;
    if (ch === '\n') open = null;
    else if (open) {
      if (ch === PAIRS[open.ch] || (open.ch === '"' && ch === '"')) {
        out.push({ start: open.at + 1, end: i });
        open = null;
      }
    } else if (ch in PAIRS || ch === '"') open = { ch, at: i };
  }
  return out;
}

/** Is [start, end) strictly inside one of the spans (not the whole quoted text)? */
export function insideLonger(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end && end - start < s.end - s.start);
}
