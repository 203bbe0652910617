/** Longest heading kept; a longer first clause is cut at a comma before this length. */
const MAX_HEADING = 60;
/** A numbered line at least this long with no sentence end is running text broken by the layout, not a title. */
const WRAPPED_LINE = 40;

/** Remove markdown emphasis, trailing punctuation and blanks around a heading. */
function clean(s: string): string {
  return s
    .replace(/\*\*|__/g, '')
    .replace(/^[\s\u3000#]+/, '')
    .replace(/[\s\u3000]+/g, (m) => (m.includes('\n') ? '' : m))
    .replace(/[\s\u3000。；;：:，,]+$/, '')
    .trim();
}

function cap(s: string): string {
  if (s.length <= MAX_HEADING) return s;
  const cut = Math.max(s.lastIndexOf('，', MAX_HEADING), s.lastIndexOf(',', MAX_HEADING));
  return cut >= 10 ? s.slice(0, cut) : s.slice(0, MAX_HEADING);
}

/**
 * The heading of a measure whose text (after its numbering) starts at `from`:
 * the rest of the heading line when the line is a title (no sentence end inside),
 * else the first clause up to 。 (or ； for 一是 items), or up to a closing bold mark.
 */
export function headingAt(text: string, from: number, lineEnd: number, inline: boolean, enumItem = inline): string {
  const line = text.slice(from, lineEnd);
  const stops = enumItem ? /[。！？!?；;]|\*\*/ : /[。！？!?]|\*\*/;
  const m = stops.exec(line);
  if (!m) {
    // a title line is the heading; running text (an inline 一是, a long line) wraps into the next line
    if (inline || line.length >= WRAPPED_LINE) {
      const rest = text.slice(from, Math.min(text.length, from + 400));
      const m2 = stops.exec(rest);
      return cap(clean(m2 ? rest.slice(0, m2.index) : line));
    }
    return cap(clean(line));
  }
  return cap(clean(line.slice(0, m.index)));
}
