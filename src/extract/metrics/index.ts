import type { ExtractContext } from '../context.js';
import type { Metric } from '../types.js';

/** Figures with unit and what they count. */
export function extractMetrics(_ctx: ExtractContext): Metric[] {
  return [];
}
