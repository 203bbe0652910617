/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of a
 * set of patterns in one pass, in time linear in the text plus the number of
 * hits, whatever the text's length.
 *
 * For dictionaries of DENSE_ROOT_MIN patterns or more, the root's transitions
 * are a dense table (one slot per code unit), so the common case in Chinese
 * text — a character that starts no pattern — costs one array read; small
 * dictionaries (built per reply) keep a Map there too, to stay cheap to build.
 * Deeper states keep a small Map.
 */
/** Pattern count from which the root's transitions are a dense table. */
export const DENSE_ROOT_MIN = 64;

export class AhoCorasickAutomaton {
  /** dense transitions of the root: code unit → state (0 = stay at root), for large dictionaries */
  private readonly rootNext: Int32Array | null;
  /** the root's children, in insertion order */
  private readonly rootChildren: number[] = [];
  /** transitions of the other states */
  private readonly next: Map<number, number>[] = [new Map()];
  /** failure link: longest proper suffix of the state's string that is a state */
  private readonly fail: number[] = [0];
  /** pattern index ending at this state, or -1 */
  private readonly terminal: number[] = [-1];
  /** nearest state on the failure chain (excluding itself) that is terminal, or 0 */
  private readonly outLink: number[] = [0];
  /** pattern lengths, by pattern index */
  private readonly lengths: number[] = [];

  /** Patterns are indexed in the order given; empty patterns are ignored, duplicates keep the first index. */
  constructor(patterns: readonly string[]) {
    this.rootNext = patterns.length >= DENSE_ROOT_MIN ? new Int32Array(65536) : null;
    for (let p = 0; p < patterns.length; p++) this.insert(patterns[p]!, p);
    this.link();
  }

  get patternCount(): number {
    return this.lengths.length;
  }

  private newState(): number {
    this.next.push(new Map());
    this.fail.push(0);
    this.terminal.push(-1);
    this.outLink.push(0);
    return this.next.length - 1;
  }

  private insert(pattern: string, index: number): void {
    this.lengths[index] = pattern.length;
    if (!pattern) return;
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let t = this.next[s]!.get(c) ?? 0;
      if (t === 0) {
        t = this.newState();
        this.next[s]!.set(c, t);
        if (s === 0) {
          this.rootChildren.push(t);
          if (this.rootNext) this.rootNext[c] = t;
        }
      }
      s = t;
    }
    if (this.terminal[s] === -1) this.terminal[s] = index;
  }

  private step(s: number, c: number): number {
    for (;;) {
      if (s === 0) return this.rootNext ? this.rootNext[c]! : (this.next[0]!.get(c) ?? 0);
      const t = this.next[s]!.get(c);
      if (t !== undefined) return t;
      s = this.fail[s]!;
    }
  }

  /** Breadth-first: failure and output links. */
  private link(): void {
    const queue: number[] = [...this.rootChildren]; // depth-1 states fail to the root
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (const [c, t] of this.next[s]!) {
        const f = this.step(this.fail[s]!, c);
        this.fail[t] = f;
        this.outLink[t] = this.terminal[f]! >= 0 ? f : this.outLink[f]!;
        queue.push(t);
      }
    }
  }

  /**
   * Call `hit(patternIndex, start, end)` for every occurrence, overlaps
   * included, in order of end position (longest first at the same end).
   */
  scan(text: string, hit: (pattern: number, start: number, end: number) => void): void {
    const { rootNext, next, fail, terminal, outLink, lengths } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        if (s === 0) {
          s = rootNext ? rootNext[c]! : (next[0]!.get(c) ?? 0);
          break;
        }
        const t = next[s]!.get(c);
        if (t !== undefined) {
          s = t;
          break;
        }
        s = fail[s]!;
      }
      if (s === 0) continue;
      let o = terminal[s]! >= 0 ? s : outLink[s]!;
      while (o !== 0) {
        const p = terminal[o]!;
        hit(p, i + 1 - lengths[p]!, i + 1);
        o = outLink[o]!;
      }
    }
  }
}
