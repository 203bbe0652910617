import { agencyTable, fillBody } from '../../lexicon/agencies/index.js';
import type { ReplyFields } from '../../ontology/index.js';
import { leadingFullPlace } from '../match/places.js';
import { alternation } from '../match/regex.js';
import type { Mention } from '../types.js';
import { nameStart } from './name-start.js';

let pattern: RegExp | null = null;

/** (town's name)(镇人民政府|…|街道办事处), the ending found first; the name is read back from it. */
function townPattern(): RegExp {
  return (pattern ??= new RegExp(alternation(agencyTable().townBodies.ends), 'gu'));
}

const NOT_A_NAME = /^[各全该本这此其每诸某乡镇]/u;

/**
 * The government of a town or township and the office of a street: 古镇镇人民政府 in a 中山 reply is
 * {place}古镇镇人民政府 of the reply's own county or city (filled by resolve/prefixes.ts); after a place written in
 * full (中山市古镇镇人民政府) that place's. 镇政府 is written 镇人民政府. Not 各乡镇人民政府 (no town).
 */
export function townBodies(text: string, _f: ReplyFields): Mention[] {
  const t = agencyTable().townBodies;
  const out: Mention[] = [];
  const re = townPattern();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ending = m[0];
    const end = m.index + ending.length;
    const body = t.canonical[ending] ?? ending;
    const start = nameStart(text, m.index, 'organization', { maxLen: t.maxTownName + 8 });
    const written = text.slice(start, m.index);
    const place = leadingFullPlace(written);
    const town = place ? written.slice(place.surface.length) : written;
    if (town.length < 2 || town.length > t.maxTownName || NOT_A_NAME.test(town) || !/^\p{Script=Han}+$/u.test(town)) continue;
    const s = m.index - town.length - (place ? place.surface.length : 0);
    const name = place ? fillBody(`{place}${town}${body}`, place.division) : `{place}${town}${body}`;
    out.push({ type: 'Agency', name, surface: text.slice(s, end), start: s, end, source: 'agency-town', ...(place ? {} : { scope: 'own' as const }) });
  }
  return out;
}
