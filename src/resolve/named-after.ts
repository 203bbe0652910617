import companyData from '../lexicon/company-suffixes.json' with { type: 'json' };
import type { PlaceSurface } from '../extract/match/places.js';
import type { Mention } from '../extract/types.js';

/**
 * Does a body named after a place stand in it? Agencies, colleges and
 * organisations do (楚雄技师学院, 恩施州高级技工学校); a company does when its name
 * is a registered one (恩施州华硒生物科技有限公司, 邯郸钢铁集团有限责任公司), the place
 * is written in full or is a province (河南雷佰瑞) — not a brand that starts with a
 * city's short form (宁德时代).
 */
export function standsInNamedPlace(m: Pick<Mention, 'type' | 'name'>, p: PlaceSurface): boolean {
  if (m.type !== 'Company') return true;
  if (p.division.level === 'Province' || p.surface.endsWith(p.division.name)) return true;
  return companyData.legalForms.some((f) => m.name.endsWith(f));
}
