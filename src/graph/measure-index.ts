import type { Measure, Span } from '../extract/index.js';

/** Finds the deepest measure that contains a span. */
export class MeasureIndex {
  private readonly measures: Measure[];
  constructor(measures: readonly Measure[]) {
    // deepest first, so the first hit is the innermost
    this.measures = [...measures].sort((a, b) => b.level - a.level || a.start - b.start);
  }
  at(span: Span): Measure | null {
    for (const m of this.measures) if (m.start <= span.start && span.end <= m.end) return m;
    return null;
  }
}
