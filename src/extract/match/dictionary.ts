import AhoCorasick from 'modern-ahocorasick';

/** One hit of a dictionary pattern in a text. */
export interface DictionaryHit<T> {
  start: number;
  end: number;
  pattern: string;
  data: T;
}

/**
 * Pieces of a text to search one by one: its lines, long lines cut after 。.
 * The Aho–Corasick package walks the text with Intl.Segmenter, which is
 * quadratic in the length of the string it segments (Node 20: 14k characters
 * 0.15 s, 55k characters 1.5 s); searching short pieces keeps a search linear.
 * A pattern never spans a line break or a 。.
 */
function pieces(text: string, max = 1000): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.length <= max) out.push({ start, text: line });
    else {
      for (const m of line.matchAll(/[^。]*(?:。|$)/g)) {
        if (!m[0]) continue;
        // glue sentences into pieces of at most `max` characters (a longer sentence stays whole)
        const last = out.at(-1);
        if (last && last.start >= start && last.start + last.text.length === start + m.index! && last.text.length + m[0].length <= max) last.text += m[0];
        else out.push({ start: start + m.index!, text: m[0] });
      }
    }
    start += line.length + 1;
  }
  return out.filter((p) => p.text.length);
}

/**
 * A compiled multi-pattern dictionary (Aho–Corasick, linear in the text).
 * Patterns map to payloads; a pattern listed twice keeps its first payload.
 */
export class Dictionary<T> {
  private readonly ac: AhoCorasick<T> | null;
  readonly size: number;

  constructor(entries: Iterable<readonly [pattern: string, data: T]>) {
    const seen = new Map<string, T>();
    for (const [p, d] of entries) if (p && !seen.has(p)) seen.set(p, d);
    this.size = seen.size;
    this.ac = seen.size ? new AhoCorasick<T>([...seen].map(([pattern, data]) => ({ pattern, data }))) : null;
  }

  /** Every occurrence, overlaps included, sorted by start then longest first. */
  all(text: string): DictionaryHit<T>[] {
    if (!this.ac) return [];
    const ac = this.ac;
    const hits = pieces(text).flatMap((p) =>
      ac.search(p.text, { strategy: 'all' }).map((m) => ({ start: p.start + m.start, end: p.start + m.end, pattern: m.pattern, data: m.data as T })),
    );
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Leftmost-longest, non-overlapping occurrences. */
  longest(text: string): DictionaryHit<T>[] {
    if (!this.ac) return [];
    const ac = this.ac;
    return pieces(text).flatMap((p) =>
      ac.search(p.text, { strategy: 'leftmost-longest' }).map((m) => ({ start: p.start + m.start, end: p.start + m.end, pattern: m.pattern, data: m.data as T })),
    );
  }
}
