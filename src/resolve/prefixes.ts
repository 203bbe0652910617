import { fillBody, fillPlace, hasPlaceholder } from '../lexicon/agencies/index.js';
import { gazetteer } from '../lexicon/divisions/index.js';
import type { Mention } from '../extract/types.js';
import type { ReplyFields } from '../ontology/index.js';

/**
 * The reply's own place a scope stands for: 市 → its city, 省 → its province, 县/区 → its county; a bare 民政局 → its
 * county, else city. In a municipality (重庆市, whose districts lie in no city) 市 is the municipality.
 */
export function placeOfScope(scope: NonNullable<Mention['scope']>, f: ReplyFields): string | null {
  switch (scope) {
    case 'province':
      return f.province;
    case 'city':
      return f.city ?? municipalityOf(f);
    case 'county':
      return f.county;
    case 'own':
      return f.county ?? f.city ?? municipalityOf(f);
  }
}

function municipalityOf(f: ReplyFields): string | null {
  const d = f.province ? gazetteer().resolve(f.province, {}) : null;
  return d && gazetteer().isMunicipality(d) ? d.name : null;
}

/**
 * Resolve 市/省/县 prefixes: a name still holding {place} (市总工会 →
 * {place}总工会) gets the reply's own place (临汾市总工会). A mention whose
 * place the reply does not know is dropped rather than guessed.
 */
export function resolvePrefixes(mentions: readonly Mention[], f: ReplyFields): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!m.scope || !hasPlaceholder(m.name)) {
      out.push(m);
      continue;
    }
    const place = placeOfScope(m.scope, f);
    if (!place) continue;
    const d = gazetteer().resolve(place, { province: f.province, city: f.city });
    out.push({ ...m, name: d ? fillBody(m.name, d) : fillPlace(m.name, place) });
  }
  return out;
}
