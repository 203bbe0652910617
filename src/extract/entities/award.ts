import data from '../../lexicon/award-patterns.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import { Dictionary } from '../match/dictionary.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';
import { isStopPhrase } from './stop-phrases.js';
import { findSuffixNames } from './suffix-names.js';

const NAMES = new Dictionary(data.names.flatMap((e) => [e.name, ...e.aliases].map((p) => [p, e.name] as const)));
const GENERIC = new Set(data.genericStems);
const REGION_STEM = /^(全国|全省|全市|[省市]$|[\u4e00-\u9fa5]{1,6}[省市州县区]$|中华|中原|国务院|[\u4e00-\u9fa5]{2,3}$)/;
const DEMONSTRATIVE = /^[各该本这此我其每诸某]/;

function mention(text: string, start: number, end: number, source: string): Mention {
  const surface = text.slice(start, end);
  return { type: 'Award', name: surface, surface, start, end, source };
}

/** The clause around a span (from the previous 。 or 40 characters back, to the next ，。；). */
function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('。', start), start - 40, 0);
  const after = text.slice(end, end + 20).search(/[，。；]/);
  return text.slice(from, after < 0 ? end + 20 : end + after);
}

/** A quoted title followed by a count of the people who hold it: “德阳工匠”30名. */
const COUNTED_TITLE = new RegExp(`^”(?:${data.countedTitleFollower})`);

/**
 * Titles like 邯郸工匠, 浙江大工匠, X首席技师 are honours only when the clause
 * speaks of choosing or awarding (选树, 评为, 称号 …) or a quoted one is counted in people
 * (新增“天府工匠”4名); 数字工匠培训 is not one.
 */
function cueTitles(text: string): Mention[] {
  const out: Mention[] = [];
  for (const n of findSuffixNames(text, { suffixes: data.cueSuffixes, family: 'award', maxLen: data.craftsmanMaxStem + 1, quotesInside: false, demonstratives: DEMONSTRATIVE, genericStems: data.genericStems })) {
    const name = text.slice(n.start, n.end);
    if (n.stem.length > data.craftsmanMaxStem || GENERIC.has(n.stem) || isStopPhrase(name)) continue;
    if (data.cueNotFollowedBy.includes(text[n.end] ?? '\0')) continue; // 工匠精神, 技能大师工作室
    const counted = text[n.start - 1] === '“' && COUNTED_TITLE.test(text.slice(n.end, n.end + 8));
    if (!counted && !data.craftsmanCues.some((c) => clauseAround(text, n.start, n.end).includes(c))) continue;
    out.push(mention(text, n.start, n.end, 'award-title'));
  }
  return out;
}

const QUOTED_HONOUR = new RegExp(`(?:${data.quotedCues.join('|')})出?“([\\u4e00-\\u9fa5]{2,${data.quotedMaxLen}})”(?=${data.countedTitleFollower}|${data.quotedFollowers})`, 'g');
const QUOTED_BEFORE_CUE = new RegExp(`“([\\u4e00-\\u9fa5]{2,${data.quotedMaxLen}})”(?=${data.quotedBeforeCues.join('|')})`, 'g');
const QUOTED_TITLE = new RegExp(`(?:${data.quotedTitleCues.join('|')})“([\\u4e00-\\u9fa5]{2,${data.quotedMaxLen}})”(?=(?:荣誉)?称号)`, 'g');

/** A quoted title chosen or given to people: 评选“最美技工”10名, 授予“金牌工人”称号. */
function quotedHonours(text: string): Mention[] {
  const out: Mention[] = [];
  const found = [...text.matchAll(QUOTED_HONOUR), ...text.matchAll(QUOTED_TITLE), ...text.matchAll(QUOTED_BEFORE_CUE)];
  for (const m of found) {
    const start = m.index! + m[0].indexOf('“') + 1;
    if (out.some((o) => o.start === start)) continue;
    if (isStopPhrase(m[1]!) || GENERIC.has(m[1]!)) continue;
    // a place or a facility designated (被评为“全省示范零工市场”) holds no honour given to people
    if (data.facilityEndings.some((e) => m[1]!.endsWith(e))) continue;
    out.push({ type: 'Award', name: m[1]!, surface: m[1]!, start, end: start + m[1]!.length, source: 'award-quoted' });
  }
  return out;
}

/** Honour titles: fixed names (中华技能大奖), suffixes (三门峡市技术能手, 省政府特殊津贴), …工匠 titles in an awarding clause. */
export const award: Recognizer = {
  name: 'award',
  priority: 55,
  recognize(ctx: ExtractContext): Mention[] {
    const text = ctx.text;
    const fixed: Mention[] = NAMES.longest(text).map((h) => ({ type: 'Award', name: h.data, surface: h.pattern, start: h.start, end: h.end, source: 'award-name' }));
    const bySuffix = findSuffixNames(text, { suffixes: data.suffixes, family: 'award', maxLen: data.suffixPrefixMaxLen, minStem: 1, genericStems: data.genericStems, demonstratives: DEMONSTRATIVE })
      .filter((n) => REGION_STEM.test(n.stem))
      .map((n) => mention(text, n.start, n.end, 'award-suffix'));
    return [...fixed, ...bySuffix, ...cueTitles(text), ...quotedHonours(text)];
  },
};
