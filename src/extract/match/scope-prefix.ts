import { agencyTable } from '../../lexicon/agencies/index.js';
import type { ReplyFields } from '../../ontology/index.js';
import type { Mention } from '../types.js';

/** The level a bare scope character stands for (市总工会: the reply's city). */
export const SCOPE_LEVEL: Readonly<Record<string, NonNullable<Mention['scope']>>> = { 省: 'province', 市: 'city', 州: 'city', 盟: 'city', 县: 'county', 区: 'county', 旗: 'county' };

const HAN = /\p{Script=Han}/u;

/**
 * May a bare scope character stand after `prev` as a prefix (对接市…, 在市…), rather than end a word
 * (城市, 节省, 园区)? The rules of agencies.json: prefixBlockedAfter, else prefixAllowedAfter.
 */
export function prefixMayFollow(ch: string, prev: string): boolean {
  if (!HAN.test(prev)) return true;
  const t = agencyTable();
  const blocked = t.prefixBlockedAfter[ch] ?? '';
  return blocked ? !blocked.includes(prev) : t.prefixAllowedAfter.includes(prev);
}

/** The scope a bare scope character gives in a reply: 市 in a county-level city's reply is that city (a county). */
export function scopeOf(ch: string, f: ReplyFields): NonNullable<Mention['scope']> | null {
  const level = SCOPE_LEVEL[ch];
  if (!level) return null;
  return level === 'city' && ch === '市' && f.county?.endsWith('市') ? 'county' : level;
}
