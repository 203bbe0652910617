import { gazetteer } from '../lexicon/divisions/index.js';
import { leadingPlace } from '../extract/match/places.js';
import { standsInNamedPlace } from './named-after.js';
import type { Mention, Span } from '../extract/types.js';
import type { EntityType, ReplyFields } from '../ontology/index.js';

const NAMED_BODIES: readonly EntityType[] = ['Agency', 'College', 'Company', 'Organization'];

/**
 * Places implied rather than written as a mention of their own:
 * - the reply's own province, city and county (from the header) are always entities;
 * - a body named after a place (武安市政府, 赣州市南康区家具协会, 楚雄技师学院) names that place too; a company
 *   only as resolve/named-after.ts says (a registered name, a place in full or a province; not 宁德时代).
 * The added mentions are marked `implied`; a place already mentioned is not added again.
 */
export function addImpliedPlaces(mentions: readonly Mention[], f: ReplyFields): Mention[] {
  const out = [...mentions];
  const has = (type: EntityType, name: string) => out.some((m) => m.type === type && m.name === name);
  for (const m of mentions) {
    if (!NAMED_BODIES.includes(m.type)) continue;
    const p = leadingPlace(m.surface, { province: f.province, city: f.city });
    if (p && !standsInNamedPlace(m, p)) continue; // 宁德时代
    if (p && p.surface.length < m.surface.length && !has(p.division.level, p.division.name)) {
      const d = p.division;
      out.push({ type: d.level, name: d.name, surface: p.surface, start: m.start, end: m.start + p.surface.length, code: d.code, source: 'implied-place', implied: true });
    }
  }
  const anchor: Span = out.find((m) => m.type === 'Agency' && m.name === f.agency) ?? out[0] ?? { start: 0, end: 0 };
  const g = gazetteer();
  const own: [EntityType, string | null][] = [['Province', f.province], ['City', f.city], ['County', f.county]];
  for (const [type, name] of own) {
    if (!name || has(type, name)) continue;
    const d = g.resolve(name, { province: f.province, city: f.city });
    const code = d?.level === type ? d.code : undefined;
    out.push({ type, name, surface: name, start: anchor.start, end: anchor.end, ...(code ? { code } : {}), source: 'implied-header', implied: true });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
