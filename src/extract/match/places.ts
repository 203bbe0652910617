import data from '../../lexicon/divisions/data.json' with { type: 'json' };
import { gazetteer, type Division, type PlaceContext } from '../../lexicon/divisions/index.js';
import { Dictionary } from './dictionary.js';

/** A division name (full or short) found in a text; several divisions when the name is ambiguous (朝阳区). */
export interface PlaceHit {
  start: number;
  end: number;
  surface: string;
  divisions: readonly Division[];
}

let dict: Dictionary<readonly Division[]> | null = null;

function placeDictionary(): Dictionary<readonly Division[]> {
  if (!dict) {
    const g = gazetteer();
    dict = new Dictionary([...g.forms()].map((f) => [f, g.lookup(f)] as const));
  }
  return dict;
}

const VERB_LIKE = data.verbLikeNames as Record<string, string[]>;

/** Is a division name that is also a verb (会同) used as the verb here: right after 经, 我局, a clause start …? */
function isVerbUse(text: string, start: number, name: string): boolean {
  const before = VERB_LIKE[name];
  if (!before) return false;
  return start === 0 || before.some((w) => text.startsWith(w, start - w.length));
}

const LOCALITY_WORDS = data.shortFormNotBeforeWords as string[];
const LOCALITY_NOT_BEFORE = data.localityWordNotBefore as Record<string, string>;

/** Does a street, town, village or road word follow at `at` (街道, 镇, 乡 but not 乡村 …)? A short form before it names that locality. */
function namesLocality(text: string, at: number): boolean {
  return LOCALITY_WORDS.some((w) => text.startsWith(w, at) && !LOCALITY_NOT_BEFORE[w]?.includes(text[at + w.length] ?? '\0'));
}

// the recognisers of one reply scan the same text: keep the last few results
const recent = new Map<string, PlaceHit[]>();

/** Every division name of the GB/T 2260 gazetteer in a text, leftmost-longest (浙江西部 is 浙江, not 江西). */
export function findPlaces(text: string): PlaceHit[] {
  const cached = recent.get(text);
  if (cached) return cached;
  const notBefore = data.shortFormNotBefore as Record<string, string>;
  const found = placeDictionary().longest(text);
  const starts = new Set(found.map((h) => h.start));
  const hits = found
    .filter((h) => !notBefore[h.pattern]?.includes(text[h.end] ?? '\0')) // 新乡村, 大理石
    .filter((h) => !NOT_AFTER[h.pattern]?.includes(text[h.start - 1] ?? '\0')) // 出海口
    .filter((h) => !isVerbUse(text, h.start, h.pattern)) // 经会同县人社局研究
    .filter((h) => starts.has(h.end) || !namesLocality(text, h.end) || h.data.some((d) => d.name === h.pattern)) // 安阳街道, not 南阳镇平县
    .map((h) => ({ start: h.start, end: h.end, surface: h.pattern, divisions: h.data }));
  const established = new Set(hits.filter((h, i) => WORD_LIKE.has(h.surface) && placeBefore(text, hits, i)).map((h) => h.surface));
  const kept = hits.filter((h, i) => !WORD_LIKE.has(h.surface) || established.has(h.surface) || placeBefore(text, hits, i)); // 南昌市的老城区
  if (recent.size >= 4) recent.delete(recent.keys().next().value!);
  recent.set(text, kept);
  return kept;
}

const WORD_LIKE = new Set(data.wordLikeNames as string[]);
const NOT_AFTER = data.shortFormNotAfter as Record<string, string | undefined>;

/** Does a place name end right before hit i (洛阳市老城区), or does the hit start a line (a header's 新城区人社局)? */
function placeBefore(text: string, hits: readonly PlaceHit[], i: number): boolean {
  const h = hits[i]!;
  return h.start === 0 || text[h.start - 1] === '\n' || (i > 0 && hits[i - 1]!.end === h.start);
}

/** A place prefix as written and the division it names. */
export interface PlaceSurface {
  surface: string;
  division: Division;
}

/**
 * The places a text names, resolved for the reply (ambiguous names dropped),
 * plus the composites of a place and a division inside it written together
 * (北京市朝阳区, 赣州市南康区), which name the inner division.
 */
export function resolvedPlaces(text: string, ctx: PlaceContext): PlaceSurface[] {
  const g = gazetteer();
  const hits = findPlaces(text);
  const out: PlaceSurface[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const d = g.resolve(h.surface, ctx);
    if (d) out.push({ surface: h.surface, division: d });
    const next = hits[i + 1];
    if (d && next && next.start === h.end) {
      const inner = next.divisions.filter((x) => x.cityCode === d.code || (d.level === 'Province' && x.provinceCode === d.code && x.level !== 'Province'));
      if (inner.length === 1) out.push({ surface: h.surface + next.surface, division: inner[0]! });
    }
  }
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.surface) && seen.add(p.surface));
}

/** The last characters of a division's full name (江阴市, 怀化市, 河北省, 伊金霍洛旗): a name ending so is written in full, not as a short form. */
export const DIVISION_ENDS = '省市县区州盟旗';

/**
 * The place a name starts with when it is written in full (江阴市…, 怀化市…), not as a short form (柳州螺蛳粉, a
 * brand's word) nor a bare scope (市委…: no place).
 */
export function leadingFullPlace(name: string, ctx: PlaceContext = {}): PlaceSurface | null {
  const p = leadingPlace(name, ctx);
  // a city whose name ends in 州 is written in short without its 市 (钦州港…, 杭州湾…): no full name
  return p && DIVISION_ENDS.includes(p.surface.at(-1)!) && p.division.name !== `${p.surface}市` ? p : null;
}

/** Is the whole of `s` a place's name, written in full or short (威海市, 广东, 宁夏)? */
export function isPlaceName(s: string): boolean {
  return leadingPlace(s)?.surface === s;
}

/**
 * The place a name starts with, the deepest when several are written together:
 * 邯郸市… → 邯郸市; 赣州市南康区家具协会 → 南康区 (as 赣州市南康区); 武安市政府 → 武安市.
 */
export function leadingPlace(name: string, ctx: PlaceContext = {}): PlaceSurface | null {
  const g = gazetteer();
  let at = 0;
  let found: Division | null = null;
  for (const hit of findPlaces(name)) {
    if (hit.start !== at) break;
    const outer = found;
    const d = g.resolve(hit.surface, {
      province: outer ? g.province(outer).name : (ctx.province ?? null),
      city: outer?.level === 'City' ? outer.name : outer ? null : (ctx.city ?? null),
    });
    if (!d || (outer && d.cityCode !== outer.code && !(outer.level === 'Province' && d.provinceCode === outer.code))) break;
    found = d;
    at = hit.end;
  }
  return found ? { surface: name.slice(0, at), division: found } : null;
}
