import { agencyTable, fillPlace, type AgencyEntry, type AgencyLevel } from '../../lexicon/agencies/index.js';
import { gazetteer, type Division } from '../../lexicon/divisions/index.js';
import { Dictionary, longestOf } from './dictionary.js';
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

const LEVEL_OF: Record<Division['level'], AgencyLevel> = { Province: 'province', City: 'city', County: 'county' };

function staticPatterns(): [string, Pattern][] {
  const t = agencyTable();
  const out: [string, Pattern][] = [];
  for (const entry of t.entries) {
    for (const form of entry.forms) {
      if (!form.includes('{p}')) {
        out.push([form, { entry, scope: null, place: null, leadingScope: false, scopeChar: null }]);
        continue;
      }
      for (const level of entry.levels ?? []) {
        for (const ch of t.scopes[level]) out.push([form.replaceAll('{p}', ch), { entry, scope: level, place: null, leadingScope: form.startsWith('{p}'), scopeChar: ch }]);
      }
    }
    for (const bare of entry.bare ?? []) out.push([bare, { entry, scope: 'own', place: null, leadingScope: false, scopeChar: null }]);
  }
  return out;
}

function placePatterns(places: readonly { surface: string; division: Division }[]): [string, Pattern][] {
  const out: [string, Pattern][] = [];
  for (const { surface, division } of places) {
    const level = LEVEL_OF[division.level];
    for (const entry of agencyTable().entries) {
      if (!entry.levels?.includes(level)) continue;
      for (const form of entry.forms) if (form.includes('{p}')) out.push([form.replaceAll('{p}', surface), { entry, scope: null, place: division, leadingScope: false, scopeChar: null }]);
    }
  }
  return out;
}

const cache = new Map<string, Dictionary<Pattern>>();
let staticDict: Dictionary<Pattern> | null = null;

/** The place-prefixed patterns of a reply's places (small, one per set of places) and the static ones (built once). */
function dictionariesFor(places: readonly { surface: string; division: Division }[]): Dictionary<Pattern>[] {
  const key = places.map((p) => `${p.surface}=${p.division.code}`).sort().join('|');
  let d = cache.get(key);
  if (!d) {
    d = new Dictionary(placePatterns(places));
    if (cache.size > 16) cache.clear(); // one per reply (its places): a few suffice
    cache.set(key, d);
  }
  // place-prefixed patterns first: a pattern in both keeps the place payload
  return [d, (staticDict ??= new Dictionary(staticPatterns()))];
}

const HAN = /\p{Script=Han}/u;

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
  const allowed = new Set(t.prefixAllowedAfter);
  const out: AgencyHit[] = [];
  for (const h of longestOf(dictionariesFor(places), text)) {
    const p = h.data;
    const prev = text[h.start - 1] ?? '';
    if (p.leadingScope && HAN.test(prev)) {
      const blocked = t.prefixBlockedAfter[h.pattern[0]!] ?? '';
      if (blocked ? blocked.includes(prev) : !allowed.has(prev)) continue; // 城市政府, 节省政府, 社区委
    }
    if (t.rejectFollowedBy[h.pattern.at(-1)!]?.includes(text[h.end] ?? '\0')) continue; // 教育部门
    if (p.scope === 'own' && !bareInContext(text, h.start, h.end)) continue;
    const name = p.place ? fillPlace(p.entry.name, gazetteer().bodyPlaceName(p.place)) : p.entry.name;
    out.push({ start: h.start, end: h.end, surface: h.pattern, entry: p.entry, name, scope: p.place ? null : p.scope, place: p.place, scopeChar: p.scopeChar });
  }
  return out;
}
