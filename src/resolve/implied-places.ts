import { gazetteer } from '../lexicon/divisions/index.js';
import type { Mention, Span } from '../extract/types.js';
import type { EntityType, ReplyFields } from '../ontology/index.js';

const NAMED_BODIES: readonly EntityType[] = ['Agency', 'College', 'Company', 'Organization'];

/** The place a name starts with, as written (full name or short form) and resolved (武安市政府 → 武安市). */
function leadingPlace(surface: string, f: ReplyFields): { form: string; type: EntityType; name: string; code: string } | null {
  const g = gazetteer();
  for (let len = Math.min(surface.length - 1, 12); len >= 2; len--) {
    const form = surface.slice(0, len);
    if (!g.lookup(form).length) continue;
    const d = g.resolve(form, { province: f.province, city: f.city });
    if (d) return { form, type: d.level, name: d.name, code: d.code };
  }
  return null;
}

/**
 * Places implied rather than written as a mention of their own:
 * - the reply's own province, city and county (from the header) are always entities;
 * - a body named after a place (武安市政府, 赣州市南康区家具协会, 楚雄技师学院) names that place too.
 * The added mentions are marked `implied`; a place already mentioned is not added again.
 */
export function addImpliedPlaces(mentions: readonly Mention[], f: ReplyFields): Mention[] {
  const out = [...mentions];
  const has = (type: EntityType, name: string) => out.some((m) => m.type === type && m.name === name);
  for (const m of mentions) {
    if (!NAMED_BODIES.includes(m.type)) continue;
    const p = leadingPlace(m.surface, f);
    if (p && !has(p.type, p.name)) {
      out.push({ type: p.type, name: p.name, surface: p.form, start: m.start, end: m.start + p.form.length, code: p.code, source: 'implied-place', implied: true });
    }
  }
  const anchor: Span = out.find((m) => m.type === 'Agency' && m.name === f.agency) ?? out[0] ?? { start: 0, end: 0 };
  const g = gazetteer();
  const own: [EntityType, string | null][] = [['Province', f.province], ['City', f.city], ['County', f.county]];
  for (const [type, name] of own) {
    if (!name || has(type, name)) continue;
    const code = g.lookup(name).find((d) => d.level === type)?.code;
    out.push({ type, name, surface: name, start: anchor.start, end: anchor.end, ...(code ? { code } : {}), source: 'implied-header', implied: true });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
