import units from './units.json' with { type: 'json' };
import { alternation, escapeRegExp } from '../match/regex.js';

/** A number with its unit as written (6.3万余人), before its meaning is read. */
export interface Figure {
  start: number;
  end: number;
  /** the number scaled to the unit: 6.3万人 → 63000 */
  value: number;
  unit: string;
  surface: string;
}

const UNITS = alternation(units.units);
const SCALES = Object.keys(units.scales).map(escapeRegExp).join('|');
const APPROX = units.approx.map(escapeRegExp).join('|');
const FIGURE = new RegExp(`(\\d+(?:\\.\\d+)?)(?:${APPROX})?(${SCALES})?(?:${APPROX})?[ \\u3000]?(${UNITS})`, 'g');

/** True when `pos` lies inside a book title 《…》 (policy names are not figures). */
function insideTitle(text: string, pos: number): boolean {
  const open = text.lastIndexOf('《', pos);
  return open >= 0 && text.lastIndexOf('》', pos) < open && text.indexOf('》', pos) >= 0;
}

/** what closes a quoted policy package named by its count of articles after N条 */
const PACKAGE_END = /^(?:措施|意见|举措|政策)?[”"》]/;

/** Multiply without binary noise: 47.89 × 10000 = 478900. */
export function scale(num: string, factor: number): number {
  return Math.round(Number(num) * factor * 1e6) / 1e6;
}

/**
 * Numbers followed by a unit of units.json, skipping what is not a figure: ordinals
 * (第N届), document numbers (〔2023〕N号), ranges (3-4个), slogans and codes (8+6, 1+X),
 * numbers in 《》, and numbers without a unit (years, dates, phone numbers, 532).
 */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const after = text[start + m[1]!.length] ?? '';
    if (units.skipBefore.includes(before) || /\d/.test(before)) continue;
    if (units.skipAfter.includes(after) && after !== '.') continue;
    if (insideTitle(text, start)) continue;
    if (m[3] === '条' && PACKAGE_END.test(text.slice(end, end + 3))) continue; // “人才振兴60条”, “稳就业20条措施”: a policy's name
    const factor = m[2] ? (units.scales as Record<string, number>)[m[2]]! : 1;
    const unit = m[3] === '％' ? '%' : m[3]!;
    out.push({ start, end, value: scale(m[1]!, factor), unit, surface: m[0] });
  }
  return out;
}
