import { agencyTable, fillBody, type AgencyEntry, type AgencyLevel } from '../../lexicon/agencies/index.js';
import { gazetteer, type Division } from '../../lexicon/divisions/index.js';
import { Dictionary, longestOfHits, type DictionaryHit } from './dictionary.js';
import { prefixMayFollow } from './scope-prefix.js';
import type { PlaceHit } from './places.js';

/** A body named in a text. */
export interface AgencyHit {
  start: number;
  end: number;
  surface: string;
  entry: AgencyEntry;
  /** canonical name: filled when the prefix named a place or for national bodies; still holding {place} otherwise */
  name: string;
  /** level of the bare prefix to fill ({p} = 市 → city); 'own' for a bare form (the reply's own city or county); null when filled */
  scope: AgencyLevel | 'own' | null;
  /** the division the prefix named, when it named one */
  place: Division | null;
  /** the bare scope character written (市 of 市人社局), when the prefix was one */
  scopeChar: string | null;
}

interface Pattern {
  entry: AgencyEntry;
  scope: AgencyLevel | 'own' | null;
  place: Division | null;
  /** the pattern starts with a bare scope character (check the character before it) */
  leadingScope: boolean;
  scopeChar: string | null;
}

/** The agency level of a division's level (City → city). */
export const LEVEL_OF: Record<Division['level'], AgencyLevel> = { Province: 'province', City: 'city', County: 'county' };

function staticPatterns(): [string, Pattern][] {
  const t = agencyTable();
  const out: [string, Pattern][] = [];
  for (const entry of t.entries) {
    for (const form of entry.forms) {
      if (!form.includes('{p}')) {
        out.push([form, { entry, scope: null, place: null, leadingScope: false, scopeChar: null }]);
        continue;
      }
      const levels = entry.levels ?? [];
      for (const level of levels) {
        // 区人社厅: in an autonomous region, 区 stands for 自治区 before a body only a province has
        const chars = level === 'province' && !levels.includes('county') ? [...t.scopes[level], ...t.provinceBodyScopes] : t.scopes[level];
        // a one-character scope may end another word (城市政府, 社区委); 自治区 cannot
        for (const ch of chars) out.push([form.replaceAll('{p}', ch), { entry, scope: level, place: null, leadingScope: form.startsWith('{p}') && ch.length === 1, scopeChar: ch }]);
      }
    }
    for (const bare of entry.bare ?? []) out.push([bare, { entry, scope: 'own', place: null, leadingScope: false, scopeChar: null }]);
  }
  return out;
}

/** A {p} form split around its place: head + place + tail (政协{p}委员会 → 政协, 委员会). */
interface PlaceForm {
  head: string;
  tail: string;
  entry: AgencyEntry;
  /** position in the table (entries, then their forms) */
  index: number;
}

let placeFormsByLevel: Map<AgencyLevel, Map<string, PlaceForm[]>> | null = null;

/** The {p} forms a division of each level takes, in table order, indexed by the first character of their tail. */
function placeForms(): Map<AgencyLevel, Map<string, PlaceForm[]>> {
  if (placeFormsByLevel) return placeFormsByLevel;
  placeFormsByLevel = new Map();
  let index = 0;
  for (const entry of agencyTable().entries) {
    for (const form of entry.forms) {
      const at = form.indexOf('{p}');
      if (at < 0) continue;
      if (form.indexOf('{p}', at + 3) >= 0) throw new Error(`agencies.json: form ${form} names {p} twice`);
      const pf: PlaceForm = { head: form.slice(0, at), tail: form.slice(at + 3), entry, index: index++ };
      for (const level of entry.levels ?? []) {
        let byChar = placeFormsByLevel.get(level);
        if (!byChar) placeFormsByLevel.set(level, (byChar = new Map()));
        const first = pf.tail[0] ?? '';
        byChar.set(first, [...(byChar.get(first) ?? []), pf]);
      }
    }
  }
  return placeFormsByLevel;
}

/**
 * Every occurrence of the place-prefixed forms of a text's places (河南省 +
 * {p}人力资源和社会保障厅, 政协 + 邯郸市 + 委员会), overlaps included: the hits
 * a Dictionary of all those patterns would give, found from each occurrence
 * of a place's name instead of compiling an automaton per text. For one span
 * the first place, then the first form in table order, wins (as the
 * Dictionary keeps a pattern's first payload).
 */
function placeFormHits(text: string, places: readonly { surface: string; division: Division }[]): DictionaryHit<Pattern>[] {
  const byLevel = placeForms();
  const best = new Map<number, { hit: DictionaryHit<Pattern>; rank: number }>();
  places.forEach(({ surface, division }, placeIndex) => {
    // a municipality's bodies are a city's too (重庆市人力资源和社会保障局, 重庆市发展和改革委员会)
    const levels = gazetteer().isMunicipality(division) ? ['province', 'city'] as const : [LEVEL_OF[division.level]];
    const maps = levels.map((l) => byLevel.get(l)).filter((m) => m !== undefined);
    if (!maps.length || !surface) return;
    const office = PREFECTURE.test(division.name) ? agencyTable().prefectureOffices : [];
    for (let s = text.indexOf(surface); s >= 0; s = text.indexOf(surface, s + 1)) {
      // 大兴安岭地区行政公署人力资源和社会保障局: a prefecture's body written with its administrative office
      const between = office.find((o) => text.startsWith(o, s + surface.length)) ?? '';
      const e = s + surface.length + between.length;
      for (const forms of maps.flatMap((byChar) => [byChar.get(text[e] ?? ''), byChar.get('')])) {
        for (const f of forms ?? []) {
          if (s < f.head.length || !text.startsWith(f.tail, e) || !text.startsWith(f.head, s - f.head.length)) continue;
          if (between && (f.head || !f.tail)) continue;
          const start = s - f.head.length;
          const end = e + f.tail.length;
          const key = start * 65536 + (end - start);
          const rank = placeIndex * 1_000_000 + f.index;
          const seen = best.get(key);
          if (seen && seen.rank <= rank) continue;
          const data: Pattern = { entry: f.entry, scope: null, place: division, leadingScope: false, scopeChar: null };
          best.set(key, { rank, hit: { start, end, pattern: f.head + surface + between + f.tail, data } });
        }
      }
    }
  });
  return [...best.values()].map((v) => v.hit);
}

/** A prefecture (地区, 盟), whose bodies may be written with its administrative office (agencies.json prefectureOffices). */
const PREFECTURE = /(?:地区|盟)$/;

let staticDict: Dictionary<Pattern> | null = null;

function bareInContext(text: string, start: number, end: number): boolean {
  const { before, after } = agencyTable().bareContext;
  const head = text.slice(Math.max(0, start - 4), start);
  const tail = text.slice(end, end + 4);
  return before.some((b) => head.endsWith(b)) || after.some((a) => tail.startsWith(a));
}

/**
 * Every body of agencies.json named in a text: place-prefixed forms (濮阳市委,
 * 河南省人社厅, 武安市政府), bare-scope forms (市人社局, 省厅, 团市委), national
 * bodies (人社部) and bare forms inside enumerations (与市发改委、商务局、民政局等).
 * `places` are the divisions the text names (from findPlaces), resolved.
 */
export function findAgencies(text: string, places: readonly { surface: string; division: Division }[]): AgencyHit[] {
  const t = agencyTable();
  const out: AgencyHit[] = [];
  // place-prefixed patterns first: a pattern in both keeps the place payload
  staticDict ??= new Dictionary(staticPatterns());
  for (const h of longestOfHits([placeFormHits(text, places), staticDict.all(text)])) {
    const p = h.data;
    if (p.leadingScope && !prefixMayFollow(h.pattern[0]!, text[h.start - 1] ?? '')) continue; // 城市政府, 节省政府, 社区委
    if (t.rejectFollowedBy[h.pattern.at(-1)!]?.includes(text[h.end] ?? '\0')) continue; // 教育部门
    if (p.scope === 'own' && !bareInContext(text, h.start, h.end)) continue;
    const name = p.place ? fillBody(p.entry.name, p.place) : p.entry.name;
    out.push({ start: h.start, end: h.end, surface: h.pattern, entry: p.entry, name, scope: p.place ? null : p.scope, place: p.place, scopeChar: p.scopeChar });
  }
  return out;
}
