import { gazetteer } from '../lexicon/divisions/index.js';
import { leadingPlace } from '../extract/match/places.js';
import { standsInNamedPlace } from './named-after.js';
import type { Mention, Relation } from '../extract/types.js';
import type { EntityType, ReplyFields } from '../ontology/index.js';

const NAMED_BODIES: readonly EntityType[] = ['Agency', 'College', 'Company', 'Organization'];

/**
 * LOCATED_IN relations among the reply's entities: County → City (or → the
 * municipality, a Province, for its districts), City → Province, and a body →
 * the county or city its name starts with, or → the reply's city when its name
 * was resolved from a 市 prefix. Both ends are entities of the reply already:
 * no place is added here.
 */
export function locatedIn(mentions: readonly Mention[], f: ReplyFields): Relation[] {
  const g = gazetteer();
  const present = new Map<string, Mention>();
  for (const m of mentions) if (!present.has(`${m.type}:${m.name}`)) present.set(`${m.type}:${m.name}`, m);
  const out = new Map<string, Relation>();
  const add = (from: Mention, toType: EntityType, toName: string) => {
    const to = present.get(`${toType}:${toName}`);
    if (!to || (from.type === toType && from.name === toName)) return;
    const key = `${from.type}:${from.name}->${toType}:${toName}`;
    if (!out.has(key)) out.set(key, { type: 'LOCATED_IN', from: { type: from.type, name: from.name }, to: { type: toType, name: toName }, evidence: { start: from.start, end: from.end } });
  };
  const places = [...present.values()].filter((m) => m.type === 'Province' || m.type === 'City' || m.type === 'County');
  /** the division of a place mention: its code, else its name at its level */
  const divisionOf = (p: Mention) => (p.code && g.code(p.code)) || g.lookup(p.name).find((x) => x.level === p.type);
  for (const m of present.values()) {
    if (m.type === 'County' || m.type === 'City') {
      const d = divisionOf(m);
      if (!d) continue;
      const city = m.type === 'County' ? g.city(d) : null;
      if (city) add(m, 'City', city.name);
      else add(m, 'Province', g.province(d).name);
    } else if (NAMED_BODIES.includes(m.type)) {
      // the most specific place the name starts with, written alone or after its city
      // (邯郸市武安市… and 武安市… → 武安市; 宜昌市夷陵区财政局 → 夷陵区, not 宜昌市)
      const written = (p: Mention): string => {
        if (m.name.startsWith(p.name)) return p.name;
        const d = p.type === 'County' ? divisionOf(p) : undefined;
        const city = d ? g.city(d) : null;
        return d && city && m.name.startsWith(city.name + p.name) ? city.name + p.name : d ? g.qualifiedName(d) : p.name;
      };
      const prefix = places
        .filter((p) => p.type !== 'Province')
        .map((p) => ({ p, w: written(p) }))
        .filter(({ w }) => m.name.startsWith(w))
        .sort((a, b) => b.w.length - a.w.length)[0]?.p;
      // else the place its name starts with in a short form (恩施州高级技工学校 → 恩施土家族苗族自治州)
      const lead = prefix ? null : leadingPlace(m.name, { province: f.province, city: f.city });
      if (prefix) add(m, prefix.type, prefix.name);
      else if (lead && lead.division.level !== 'Province' && standsInNamedPlace(m, lead) && present.has(`${lead.division.level}:${lead.division.name}`)) add(m, lead.division.level, lead.division.name);
      else if (m.scope === 'city' && f.city) add(m, 'City', f.city);
      else if ((m.scope === 'county' || m.scope === 'own') && (f.county || f.city)) add(m, f.county ? 'County' : 'City', (f.county ?? f.city)!);
      else if (m.type === 'Agency') {
        // a body whose place stands after its head (九三学社淄博市委员会, 中国民主同盟楚雄彝族自治州委员会)
        const inner = places
          .filter((p) => p.type !== 'Province' && m.name.includes(p.name))
          // the innermost: written last (临沂市兰山区 → 兰山区)
          .sort((a, b) => m.name.lastIndexOf(b.name) + b.name.length - (m.name.lastIndexOf(a.name) + a.name.length))[0];
        if (inner) add(m, inner.type, inner.name);
      }
    }
  }
  return [...out.values()];
}
