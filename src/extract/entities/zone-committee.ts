import { agencyTable, fillBody } from '../../lexicon/agencies/index.js';
import type { ReplyFields } from '../../ontology/index.js';
import { leadingFullPlace, leadingPlace } from '../match/places.js';
import { alternation } from '../match/regex.js';
import { prefixMayFollow, scopeOf } from '../match/scope-prefix.js';
import type { Mention } from '../types.js';
import organizations from '../../lexicon/organization-suffixes.json' with { type: 'json' };
import { nameStart } from './name-start.js';

/** stems that name no zone of their own (各类开发区, 省级开发区) */
const GENERIC_STEMS = new Set<string>(organizations.genericStems);

let pattern: RegExp | null = null;

/** …(zone ending)(管理委员会|管委会), the zone's name at most maxZoneName characters before its ending. */
function zonePattern(): RegExp {
  if (pattern) return pattern;
  const z = agencyTable().zoneCommittees;
  return (pattern = new RegExp(`([\\u4e00-\\u9fa5]{2,${z.maxZoneName + 8}}?(?:${alternation(z.zones)}))(?:${alternation(z.heads)})`, 'gu'));
}

/** The zone after the place that names it: no demonstrative (各开发区 names none); the ending alone will do (宜昌市高新区). */
function named(zone: string): boolean {
  return zone.length > 0 && !/^[各全该本这此其每诸某]/u.test(zone);
}

/**
 * The administrative committees of development zones: 宜昌市高新区管委会 (after a full place name: that
 * place's), 岳阳经济技术开发区管委会 (after a short one: the zone's name as written), 市临空经济区管理委员会
 * (after a bare 市/区/县: {place} with its scope, resolved like 市总工会), 子牙经济技术开发区管委会 (a zone named
 * by a word of its own: the name as written).
 * The canonical name writes 管委会 as 管理委员会, other heads (管理局) as written.
 */
export function zoneCommittees(text: string, f: ReplyFields): Mention[] {
  const out: Mention[] = [];
  const re = zonePattern();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const run = m[1]!;
    const end = m.index + m[0].length;
    const head = headName(m[0].slice(run.length));
    const at = (start: number, name: string, scope?: Mention['scope']): Mention => ({ type: 'Agency', name, surface: text.slice(start, end), start, end, source: 'agency-zone', ...(scope ? { scope } : {}) });
    // the name starts at the first place written in full, or in short, or the first bare scope character that may be a prefix
    let found: Mention | null = null;
    for (let i = 0; i + 3 <= run.length && !found; i++) {
      const rest = run.slice(i);
      const start = m.index + i;
      const place = leadingFullPlace(rest, { province: f.province, city: f.city });
      // a zone named by its city's short name (岳阳经济技术开发区管委会): its name as written
      const short = place ? null : leadingPlace(rest, { province: f.province, city: f.city });
      const scope = scopeOf(rest[0]!, f);
      if (place && named(rest.slice(place.surface.length))) found = at(start, fillBody(`{place}${rest.slice(place.surface.length)}${head}`, place.division));
      else if (short && short.surface.length < rest.length && named(rest.slice(short.surface.length))) found = at(start, `${rest}${head}`);
      else if (scope && named(rest.slice(1)) && prefixMayFollow(rest[0]!, start > 0 ? text[start - 1]! : '')) found = at(start, `{place}${rest.slice(1)}${head}`, scope);
    }
    // a zone named by a word of its own (子牙经济技术开发区管委会: 子牙 is a town, no division): the name as written,
    // from where an organisation's name may start
    if (!found) {
      const ending = zoneEndings().find((e) => run.endsWith(e))!;
      const endingAt = m.index + run.length - ending.length;
      const start = nameStart(text, endingAt, 'organization', { maxLen: agencyTable().zoneCommittees.maxZoneName });
      const stem = text.slice(start, endingAt);
      if (stem.length >= 2 && named(stem) && !GENERIC_STEMS.has(stem) && !scopeOf(stem[0]!, f)) found = at(start, `${stem}${ending}${head}`);
    }
    if (found) out.push(found);
  }
  // a free-trade zone written with its province in brackets (中国（广西）自由贸易试验区钦州港片区管理委员会): the name as written
  for (const b of text.matchAll(bracketedPattern())) {
    const end = b.index + b[0].length;
    out.push({ type: 'Agency', name: `${b[1]!}${headName(b[0].slice(b[1]!.length))}`, surface: b[0], start: b.index, end, source: 'agency-zone' });
  }
  return out;
}

let bracketed: RegExp | null = null;

/** organization-suffixes.json's bracketed zone (中国（天津）自由贸易试验区…片区) followed by a committee's head. */
function bracketedPattern(): RegExp {
  return (bracketed ??= new RegExp(`(${organizations.bracketedPlace})(?:${alternation(agencyTable().zoneCommittees.heads)})`, 'g'));
}

/** The head as the canonical name writes it (管委会 → 管理委员会). */
function headName(head: string): string {
  return agencyTable().zoneCommittees.headNames[head] ?? head;
}

let endings: string[] | null = null;

/** The zone endings, the longest first (经济技术开发区 before 开发区). */
function zoneEndings(): string[] {
  return (endings ??= [...agencyTable().zoneCommittees.zones].sort((a, b) => b.length - a.length));
}
