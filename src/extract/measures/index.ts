import type { Measure } from '../types.js';

/** The reply's numbered structure (一、 (一) 1. 一是 …) as measures. */
export function extractMeasures(_text: string): Measure[] {
  return [];
}
