import { AhoCorasickAutomaton } from './aho-corasick.js';

/** One hit of a dictionary pattern in a text. */
export interface DictionaryHit<T> {
  start: number;
  end: number;
  pattern: string;
  data: T;
}

const byStartLongest = <T>(a: DictionaryHit<T>, b: DictionaryHit<T>) => a.start - b.start || b.end - a.end;

/**
 * A compiled multi-pattern dictionary (Aho–Corasick over UTF-16 code units,
 * linear in the text: see aho-corasick.ts). Patterns map to payloads; a
 * pattern listed twice keeps its first payload.
 */
export class Dictionary<T> {
  private readonly ac: AhoCorasickAutomaton | null;
  private readonly patterns: string[];
  private readonly data: T[];
  readonly size: number;

  constructor(entries: Iterable<readonly [pattern: string, data: T]>) {
    const seen = new Map<string, T>();
    for (const [p, d] of entries) if (p && !seen.has(p)) seen.set(p, d);
    this.size = seen.size;
    this.patterns = [...seen.keys()];
    this.data = [...seen.values()];
    this.ac = seen.size ? new AhoCorasickAutomaton(this.patterns) : null;
  }

  /** Every occurrence, overlaps included, sorted by start then longest first. */
  all(text: string): DictionaryHit<T>[] {
    if (!this.ac) return [];
    const hits: DictionaryHit<T>[] = [];
    this.ac.scan(text, (p, start, end) => hits.push({ start, end, pattern: this.patterns[p]!, data: this.data[p]! }));
    return hits.sort(byStartLongest);
  }

  /** Leftmost-longest, non-overlapping occurrences: at each position the longest pattern, then scanning resumes after it. */
  longest(text: string): DictionaryHit<T>[] {
    const out: DictionaryHit<T>[] = [];
    let end = 0;
    for (const h of this.all(text)) {
      if (h.start < end) continue;
      out.push(h);
      end = h.end;
    }
    return out;
  }
}

/**
 * Leftmost-longest, non-overlapping occurrences of the patterns of several
 * dictionaries together — the same hits as one Dictionary built from all
 * their entries in order (for a pattern in several, the first dictionary's
 * payload wins). Lets a large fixed dictionary be built once and a small one
 * per text, instead of rebuilding the union for every text.
 */
export function longestOf<T>(dictionaries: readonly Dictionary<T>[], text: string): DictionaryHit<T>[] {
  return longestOfHits(dictionaries.map((d) => d.all(text)));
}

/**
 * Leftmost-longest, non-overlapping hits of several lists of every occurrence
 * (Dictionary.all, or hits found another way); at the same span the earlier
 * list wins.
 */
export function longestOfHits<T>(lists: readonly (readonly DictionaryHit<T>[])[]): DictionaryHit<T>[] {
  const hits: (DictionaryHit<T> & { rank: number })[] = [];
  lists.forEach((list, rank) => {
    for (const h of list) hits.push({ ...h, rank });
  });
  hits.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const out: DictionaryHit<T>[] = [];
  let end = 0;
  for (const { rank: _rank, ...h } of hits) {
    if (h.start < end) continue;
    out.push(h);
    end = h.end;
  }
  return out;
}
