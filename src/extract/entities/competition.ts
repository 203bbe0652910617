import data from '../../lexicon/competition-patterns.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';
import { findSuffixNames } from './suffix-names.js';
import { isPlaceName, leadingPlace } from '../match/places.js';
import { nameStart } from './name-start.js';

const EDITION = new RegExp(`^${data.edition}`);
const HAS_EDITION = new RegExp(data.edition);
const PLACE = /^[\u4e00-\u9fa5]{2,8}?(省|市|州|县|区|自治区)/;
const REF = new RegExp(data.shortReference, 'g');
const GENERIC = new Set(data.genericStems);
/** a selection round after the name: 第二届全国技能大赛 + 湖南省选拔赛 */
const ROUND = new RegExp(`^${data.roundTail}`);
/** a quoted title and a bare 大赛 (广东省“技能状元”大赛): the quote names the competition */
const QUOTED_TITLE = new RegExp(`“[\\u4e00-\\u9fa5A-Za-z0-9·]{2,12}”(?:${data.quotedTitleSuffixes.join('|')})`, 'g');

const EDITION_COUNT = new RegExp(data.editionCount);
/** the suffixes, the longest first */
const SUFFIXES_LONGEST_FIRST = [...data.suffixes].sort((a, b) => b.length - a.length);
/** a whole name in quotes (举办“巾帼创业大赛”): the quotes make the name, whatever its stem */
const QUOTED_WHOLE = new RegExp(`“([\\u4e00-\\u9fa5A-Za-z0-9·]{2,16}?(?:${SUFFIXES_LONGEST_FIRST.join('|')}))”`, 'g');

/**
 * Where a name without a region starts when its words are joined (和, 与) to a
 * region-led stretch right before it: 全国石油和化工行业职业技能竞赛 starts at 全国.
 */
function joinedStart(text: string, start: number, end: number): number {
  if (isNamed(text.slice(start, end)) || !data.joinedWords.includes(text[start - 1] ?? '')) return start;
  const before = nameStart(text, start - 1, 'competition', { maxLen: 8 });
  const head = text.slice(before, start - 1);
  return head.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(head) && isNamed(text.slice(before, end)) && (/^(全国|全省|全市|中华人民共和国|中国)/.test(head) || leadingPlace(head) !== null) ? before : start;
}

/** a selection round of a province written short (宁夏选拔赛, 新疆赛区选拔赛): the short name is checked against the gazetteer */
const SHORT_ROUND = /^([\u4e00-\u9fa5]{2,3}?)(?:赛区)?(?:选拔赛|预选赛)/;

/** The length of the selection round right after a competition's name (data.roundTail, or a province written short), else 0. */
function roundLength(text: string, end: number): number {
  const after = text.slice(end, end + 16);
  const round = ROUND.exec(after);
  if (round) return round[0].length;
  const short = SHORT_ROUND.exec(after);
  return short && isPlaceName(short[1]!) ? short[0].length : 0;
}

/** Does the name say which competition it is (a region, an edition, a quoted title)? */
function isNamed(name: string): boolean {
  if (data.knownNames.includes(name)) return true;
  if (/[“”"]/.test(name) || HAS_EDITION.test(name)) return true;
  if (/^(全国|全省|全市|全州|中华人民共和国|中国)/.test(name)) return true;
  if (data.regionGroups.some((r) => name.startsWith(r))) return true;
  if (/^[省市州县区]级/.test(name)) return false;
  // a division's name, full or short: 河南省…, 广西职业技能大赛, 柳州…
  if (PLACE.test(name) || leadingPlace(name) !== null) return true;
  // two places joined by a middle dot, the second a division's name: 四平·铁岭换热器焊工技能邀请赛
  const paired = /^[\u4e00-\u9fa5]{2,4}·(.+)$/.exec(name);
  return paired !== null && (PLACE.test(paired[1]!) || leadingPlace(paired[1]!) !== null);
}

/** Strip region and edition to see what is left before the suffix. */
function core(stem: string): string {
  return stem.replace(/^(全国|全省|全市|中华人民共和国|[\u4e00-\u9fa5]{2,8}?[省市州]|[省市州])/, '').replace(EDITION, '');
}

/** Named skills competitions: 河北省第二届职业技能大赛, 省首届职业技能大赛, “公交工匠”职业擂台赛; and 第一届大赛 references. */
export const competition: Recognizer = {
  name: 'competition',
  priority: 65,
  recognize(ctx: ExtractContext): Mention[] {
    const out: Mention[] = [];
    const found = findSuffixNames(ctx.text, { suffixes: data.suffixes, family: 'competition', maxLen: 30, minStem: 1, quotesInside: true, middleDotInside: true, badFollowers: /^[计体]/ , demonstratives: /^[各该本这此我其每诸某]/ })
      // a generic word before the suffix (职工, 青年) names no competition unless an edition does (大庆市第十届职工职业技能大赛)
      .filter((n) => !GENERIC.has(core(n.stem).replace(/[“”"]/g, '')) || (HAS_EDITION.test(n.stem) && core(n.stem).length > 0))
      .map(({ start, end }) => ({ start: joinedStart(ctx.text, start, end), end }))
      .filter((n) => isNamed(ctx.text.slice(n.start, n.end)))
      // 连续举办五届…: a count of editions opens no name
      .map(({ start, end }) => ({ start: start + (EDITION_COUNT.exec(ctx.text.slice(start, end))?.[0].length ?? 0), end }));
    for (const m of ctx.text.matchAll(QUOTED_TITLE)) {
      const end = m.index + m[0].length;
      if (found.some((n) => n.start < end && m.index < n.end)) continue;
      found.push({ start: nameStart(ctx.text, m.index, 'competition', { maxLen: 12 }), end });
    }
    for (const m of ctx.text.matchAll(QUOTED_WHOLE)) {
      const start = m.index + 1;
      const end = start + m[1]!.length;
      const stem = m[1]!.slice(0, m[1]!.length - (SUFFIXES_LONGEST_FIRST.find((x) => m[1]!.endsWith(x))?.length ?? 0));
      if (found.some((n) => n.start < end && start < n.end) || stem.length < 2 || GENERIC.has(core(stem))) continue;
      found.push({ start, end });
    }
    for (const n of found) {
      const end = n.end + roundLength(ctx.text, n.end);
      const surface = ctx.text.slice(n.start, end);
      let name = surface.replace(/[“”"]/g, '');
      for (const [from, to] of Object.entries(data.prefixSynonyms)) if (name.startsWith(from)) name = to + name.slice(from.length);
      out.push({ type: 'Competition', name, surface, start: n.start, end, source: 'competition-suffix' });
    }
    for (const m of ctx.text.matchAll(REF)) {
      const start = m.index;
      // only a bare reference: not the tail of a longer name
      if (start > 0 && /[\u4e00-\u9fa5]/.test(ctx.text[start - 1]!) && !/[与比和在的为了及对从]/.test(ctx.text[start - 1]!)) continue;
      out.push({ type: 'Competition', name: m[0], surface: m[0], start, end: start + m[0].length, source: 'competition-ref' });
    }
    return out;
  },
};
