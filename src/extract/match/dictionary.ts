import AhoCorasick from 'modern-ahocorasick';

/** One hit of a dictionary pattern in a text. */
export interface DictionaryHit<T> {
  start: number;
  end: number;
  pattern: string;
  data: T;
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
    const hits = this.ac.search(text, { strategy: 'all' }).map((m) => ({ start: m.start, end: m.end, pattern: m.pattern, data: m.data as T }));
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Leftmost-longest, non-overlapping occurrences. */
  longest(text: string): DictionaryHit<T>[] {
    if (!this.ac) return [];
    return this.ac.search(text, { strategy: 'leftmost-longest' }).map((m) => ({ start: m.start, end: m.end, pattern: m.pattern, data: m.data as T }));
  }
}
