import { agencyTable, type AgencyLevel } from '../../lexicon/agencies/index.js';
import type { ReplyFields } from '../../ontology/index.js';
import type { Mention } from '../types.js';

const HAN = /\p{Script=Han}/u;

/** The level a bare scope character stands for (agencies.json scopes): 省 → province, 市/州/盟 → city, 县/区/旗 → county. */
export function levelOfChar(ch: string): AgencyLevel | null {
  return (Object.entries(agencyTable().scopes) as [AgencyLevel, string[]][]).find(([, chars]) => chars.includes(ch))?.[0] ?? null;
}

/**
 * The level a bare scope character names in this reply, given the level its
 * pattern stands for: 市 in the reply of a county-level city (义乌市) is that
 * city itself, a County.
 */
export function scopeInReply<L extends AgencyLevel | 'own' | null>(level: L, ch: string, f: ReplyFields): L | 'county' {
  return level === 'city' && ch === '市' && f.county?.endsWith('市') ? 'county' : level;
}

/** The scope a bare scope character gives in a reply (市总工会: the reply's city), or null for any other character. */
export function scopeOf(ch: string, f: ReplyFields): NonNullable<Mention['scope']> | null {
  return scopeInReply(levelOfChar(ch), ch, f);
}

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
