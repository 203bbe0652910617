import data from '../../lexicon/organization-suffixes.json' with { type: 'json' };
import companies from '../../lexicon/company-suffixes.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';
import { findSuffixNames } from './suffix-names.js';
import { nameStart } from './name-start.js';
import { programByName } from './program-lexicon.js';
import { isPlaceName, leadingPlace } from '../match/places.js';
import { alternation } from '../match/regex.js';
import { prefixMayFollow, scopeOf } from '../match/scope-prefix.js';

const BRACKETED = new RegExp(data.bracketedPlace, 'g');
const ACADEMY_INSTITUTE = new RegExp(data.academyInstitute, 'g');
const DESIGNATION = new RegExp(data.designation);
const PAIRED_PARK = new RegExp(data.pairedPark, 'g');
const DASHES = '—－-–';
/** words after a suffix that carry the name on (…协会会员): the suffix ends no name there */
const CONTINUED = new RegExp(`^(?:${alternation(data.continuedBy)})`);
const BRANCH = new RegExp(`^(?:${alternation(data.branchWords)})`);
const SUFFIX_INSIDE = new RegExp(alternation(data.suffixes));
const NOT_BEFORE = data.suffixEndNotBefore as Record<string, string | undefined>;
const PLACE_LED = new Set(data.placeLedSuffixes);

/** A zone of two places joined by a dash starts at the first (奎屯—独山子经济技术开发区): the name found starts after the dash. */
function jointPlaceStart(text: string, start: number): number {
  if (!DASHES.includes(text[start - 1] ?? '\0')) return start;
  const first = nameStart(text, start - 1, 'organization', { maxLen: 6 });
  return start - 1 - first >= 2 && /^[\u4e00-\u9fa5]+$/.test(text.slice(first, start - 1)) ? first : start;
}

/** Alliances, associations, cooperatives, training centres, development zones by suffix: 中原经济区技工教育联盟, 邯郸市供销合作社; 中国（天津）自由贸易试验区; an academy's institute (中国科学院…研究所). */
export const organization: Recognizer = {
  name: 'organization',
  priority: 30,
  recognize(ctx: ExtractContext): Mention[] {
    const bracketed = [...ctx.text.matchAll(BRACKETED)].map((m): Mention => ({ type: 'Organization', name: m[0], surface: m[0], start: m.index, end: m.index + m[0].length, source: 'organization-bracketed' }));
    // (an institute's name holds 研究: the pattern, which may start anywhere, runs only where one is written)
    const institutes = [...(ctx.text.includes('研究') ? ctx.text.matchAll(ACADEMY_INSTITUTE) : [])].map((m): Mention => ({ type: 'Organization', name: m[0], surface: m[0], start: m.index, end: m.index + m[0].length, source: 'organization-academy' }));
    // 广东（喀什）产业园: a park of one place (the name's start, a place by itself) in another (in brackets)
    const parks = [...ctx.text.matchAll(PAIRED_PARK)]
      .map((m) => ({ m, host: lastPlaceSuffix(m[1]!) }))
      .filter(({ m, host }) => host !== null && isPlaceName(m[2]!))
      .map(({ m, host }): Mention => {
        const start = m.index + m[1]!.length - host!.length;
        const surface = ctx.text.slice(start, m.index + m[0].length);
        return { type: 'Organization', name: surface, surface, start, end: m.index + m[0].length, source: 'organization-park' };
      });
    const named = findSuffixNames(ctx.text, { suffixes: data.suffixes, family: 'organization', maxLen: 20, minStem: 1, middleDotInside: true, genericStems: data.genericStems, badFollowers: CONTINUED }).flatMap((n): Mention[] => {
      const start = jointPlaceStart(ctx.text, n.start);
      const surface = ctx.text.slice(start, n.end);
      // 余杭区人才服务中心未来科技城|分中心: a branch named by its parent and place; the parent is found on its own
      if (BRANCH.test(ctx.text.slice(n.end, n.end + 4)) && SUFFIX_INSIDE.test(n.stem)) return [];
      // 煤炭工业城|市: the suffix is part of a word; 宁夏煤业有限责任公司培训中心: a company's unit
      if (NOT_BEFORE[n.suffix.at(-1)!]?.includes(ctx.text[n.end] ?? '\0')) return [];
      // (a company's unit named by the company is a Company, as seed 002's gold has 中原油田培训中心)
      if (companies.legalForms.some((f) => n.stem.endsWith(f))) return [{ type: 'Company', name: surface, surface, start, end: n.end, source: 'organization-suffix' }];
      const own = ownPlaceBody(ctx, surface, start);
      if (own) return [{ type: 'Organization', name: own.name, surface, start, end: n.end, source: 'organization-suffix', scope: own.scope }];
      const place = leadingPlace(surface);
      if (PLACE_LED.has(n.suffix) && !place && !data.nationLeads.some((w) => surface.startsWith(w))) return [];
      // 利川市返乡创业产业园 is the place's 返乡创业园, a program (the program recogniser names it)
      if (programByName(place ? surface.slice(place.surface.length) : surface)) return [];
      // a one-character stem names nothing unless it is a scope (市政务服务中心)
      return n.stem.length < 2 ? [] : [{ type: 'Organization', name: surface, surface, start, end: n.end, source: 'organization-suffix' }];
    });
    return [...bracketed, ...institutes, ...parks, ...named.filter((m) => !DESIGNATION.test(m.surface) && !data.placesBefore.some((w) => ctx.text.endsWith(w, m.start)) && !data.notEndings.some((e) => m.name.endsWith(e)))];
  },
};

/**
 * A name opening with a bare scope character that stands as a prefix there (会同市企业联合会, 在市政务服务中心) is
 * the body of the reply's own place: {place}企业联合会 with its scope, filled by resolve/prefixes.ts. Not when the
 * character opens a word (市场营销协会, 区域…; scopeWordStarts) or the rest is a generic stem.
 */
function ownPlaceBody(ctx: ExtractContext, surface: string, start: number): { name: string; scope: NonNullable<Mention['scope']> } | null {
  const ch = surface[0]!;
  const scope = scopeOf(ch, ctx.fields);
  if (!scope || data.scopeWordStarts.some((w) => surface.startsWith(w))) return null;
  if (!prefixMayFollow(ch, start > 0 ? ctx.text[start - 1]! : '')) return null;
  return { name: `{place}${surface.slice(1)}`, scope };
}

/** The place name that ends `s` and stands alone there (依托广东 → 广东), or null. */
function lastPlaceSuffix(s: string): string | null {
  for (let i = 0; i + 2 <= s.length; i++) {
    const tail = s.slice(i);
    if (isPlaceName(tail)) return tail;
  }
  return null;
}
