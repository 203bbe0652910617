import cues from '../../lexicon/program-cues.json' with { type: 'json' };
import awards from '../../lexicon/award-patterns.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import { endsWithBoundaryWord, hasBoundaryWord, nameStart, stripLeadingDate } from './name-start.js';
import { PROGRAMS, programByName, programDictionary } from './program-lexicon.js';
import { findQuoted, quoteChains, withoutQuotes, type Quoted } from './quotes.js';
import type { Recognizer } from './recognizer.js';
import { isStopPhrase, looksLikeName } from './stop-phrases.js';
import { leadingFullPlace, leadingPlace } from '../match/places.js';
import { alternation, escapeRegExp } from '../match/regex.js';
import { Dictionary } from '../match/dictionary.js';

const ALNUM = /[0-9A-Za-z+]/;

function mention(name: string, surface: string, start: number, end: number, source: string): Mention {
  const entry = programByName(name) ?? placedProgram(name);
  return { type: 'Program', name: entry?.name ?? name, surface, start, end, source };
}

/** A known program named with a place before it (“韶关粤菜师傅”品牌 is 粤菜师傅 of 韶关): the shortest form across provinces. */
function placedProgram(name: string): ReturnType<typeof programByName> {
  const place = leadingPlace(name);
  return place && name.length - place.surface.length >= 3 ? programByName(name.slice(place.surface.length)) : undefined;
}

/**
 * Among overlapping dictionary hits keep the ones that end last, then the
 * longest: a Chinese phrase's head is at its end (返乡入乡创业孵化基地 is a 创业孵化基地).
 */
function headFinal<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => b.end - a.end || a.start - b.start);
  const kept: T[] = [];
  for (const h of sorted) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** a quote opened and not closed (“一卡通), and a closing quote */
const OPENS_QUOTE = /[“‘「『][^”’」』]*$/;
const CLOSES_QUOTE = /[”’」』]/;
const CLOSED_UNOPENED = /^[^“‘「『]*[”’」』]/;
const QUOTE_MARK = /[“”‘’「」『』"]/;
const PLAIN_PHRASES = cues.plainPhrases as Record<string, string[] | undefined>;

/** Lexicon names and aliases, matched with quote marks ignored (“新八级”制度 is 新八级制度). */
function fromLexicon(text: string): Mention[] {
  const { text: bare, offsets } = withoutQuotes(text);
  const out: Mention[] = [];
  for (const h of headFinal(programDictionary().all(bare))) {
    // a pattern starting or ending in a digit/letter must not cut a longer number or word
    if (ALNUM.test(h.pattern[0]!) && h.start > 0 && ALNUM.test(bare[h.start - 1]!)) continue;
    if (ALNUM.test(h.pattern.at(-1)!) && h.end < bare.length && ALNUM.test(bare[h.end]!)) continue;
    const start = offsets[h.start]!;
    let end = offsets[h.end - 1]! + 1;
    // 职业技能等级认定机构 is a kind of body
    if (cues.lexiconNotFollowedBy.some((w) => text.startsWith(w, end))) continue;
    // 在家门口就业: everyday speech, unless quoted or followed by the program's own words (家门口就业服务)
    const plain = PLAIN_PHRASES[h.pattern];
    if (plain && !QUOTE_MARK.test(text.slice(Math.max(0, start - 1), end + 1)) && !plain.some((w) => text.startsWith(w, end))) continue;
    // the quote a name's last word stands in closes with it (社会保障卡“一卡通”, not 社会保障卡“一卡通)
    if (OPENS_QUOTE.test(text.slice(start, end)) && CLOSES_QUOTE.test(text[end] ?? '')) end++;
    // a name read across the close of a quote opened inside another word is none: “怒江劳务”品牌 quotes 怒江劳务,
    // no 劳务品牌 (a quote opened right before it is the name's own head: “点对点”劳务输出, “新八级工”职业技能等级制度)
    if (CLOSED_UNOPENED.test(text.slice(start, end)) && !/[“‘「『]/.test(text[start - 1] ?? '')) continue;
    out.push({ type: 'Program', name: h.data.name, surface: text.slice(start, end), start, end, source: 'program-lexicon' });
  }
  return [...out, ...elliptic(text)];
}

let ellipticStems: Dictionary<string[]> | null = null;

/** The stems of the known names that end in a shared head (订单式 of 订单式培训), each with the names it stands for. */
function stemsBeforeHeads(): Dictionary<string[]> {
  if (ellipticStems) return ellipticStems;
  const byStem = new Map<string, string[]>();
  for (const e of PROGRAMS) {
    for (const f of [e.name, ...(e.aliases ?? [])]) {
      for (const h of cues.ellipticHeads) {
        if (!f.endsWith(h) || f.length - h.length < 3) continue;
        const stem = f.slice(0, -h.length);
        byStem.set(stem, [...(byStem.get(stem) ?? []), e.name]);
      }
    }
  }
  return (ellipticStems = new Dictionary(byStem));
}

const COORDINATED = new RegExp(`^[、和及与][\\u4e00-\\u9fa5]{1,8}?(?:${cues.ellipticHeads.join('|')})`);

/** A known name whose head a coordinated item carries for it: 开展订单式、定向式培训 names 订单式培训 (订单班). One pass of the stems' automaton. */
function elliptic(text: string): Mention[] {
  const out: Mention[] = [];
  for (const h of stemsBeforeHeads().all(text)) {
    if (!COORDINATED.test(text.slice(h.end, h.end + 12))) continue;
    for (const name of h.data) out.push({ type: 'Program', name, surface: h.pattern, start: h.start, end: h.end, source: 'program-lexicon' });
  }
  return out;
}

const BEFORE_QUOTE = new RegExp(`(?:${cues.beforeQuote.join('|')})[\\u4e00-\\u9fa5]{0,${cues.beforeQuoteMaxGap}}$`);
const CLAUSE_END = /^[，。；,;]/;

/** A verb of putting a scheme into practice before the quote, and the clause ending right after it: 推行失业保险待遇“畅通领、安全办”， */
function practisedBefore(text: string, start: number, end: number): boolean {
  return CLAUSE_END.test(text[end] ?? '') && BEFORE_QUOTE.test(text.slice(Math.max(0, start - cues.beforeQuoteMaxGap - 2), start));
}

/**
 * A quote right after a place written in full at the head of a cited title names the title's scheme:
 * 《抚州市“才聚抚州”人才引进若干措施》, 《广东省“南粤家政”工程促进就业实施方案》.
 */
function titledAfterPlace(text: string, start: number): boolean {
  const open = text.lastIndexOf('《', start);
  if (open < 0 || start - open > 16) return false;
  const between = text.slice(open + 1, start);
  return between.length >= 2 && leadingFullPlace(between)?.surface === between;
}

const SELECTED_AS = new RegExp(
  `^(?:${alternation(cues.selectedAs.adverbs)})?(?:${alternation(cues.selectedAs.verbs)})[^，。；,;]{0,${cues.selectedAs.maxGap}}?(?:${alternation(cues.selectedAs.heads)})`,
);

/** A quote chosen into a list of a kind of program: “丽水民宿管家”入选浙江省特色劳务品牌, “新化文印”已成为…劳务品牌. */
function selectedAs(text: string, pos: number): boolean {
  return SELECTED_AS.test(text.slice(pos, pos + cues.selectedAs.maxGap + 8));
}

/** The cue right after a quote, also after 等 (“A”“B”等劳务品牌). */
function cueAfter(text: string, pos: number): string | undefined {
  const at = text[pos] === '等' ? pos + 1 : pos;
  return cues.afterQuote.find((c) => text.startsWith(c, at));
}

const HEAD_AFTER = new RegExp(`^等?[\\u4e00-\\u9fa5]{0,${cues.afterQuoteHeads.maxLen}}?(?:${cues.afterQuoteHeads.heads.join('|')})`);

/** A short descriptor after the quote that ends in 品牌/活动: “佛山巧姐”家政服务品牌. */
function headAfter(text: string, pos: number): boolean {
  const m = HEAD_AFTER.exec(text.slice(pos, pos + cues.afterQuoteHeads.maxLen + 4));
  // a descriptor names the kind of thing (家政服务品牌); a verb in it (开展宣传活动) means the quote is not its name
  // (the 等 that closes an enumeration, “A”“B”等特色劳务品牌, is not such a word)
  if (!m || cues.afterQuoteHeads.notWith.some((w) => m[0].includes(w))) return false;
  // a plan or a project is named by what it does (培育计划, 提升工程): its verb does not disqualify it
  return cues.afterQuoteHeads.verbalHeads.some((h) => m[0].endsWith(h)) || !hasBoundaryWord(m[0].replace(/^等/, ''), 'program');
}

/** A quoted model joining named things with +: “技能+学历”, “互联网+调解”, “企业+车间+农户”. */
const PLUS_MODEL = /^[\u4e00-\u9fa5]{2,}(?:[+＋][\u4e00-\u9fa5]{2,})+$/;

function acceptable(name: string): boolean {
  return name.length >= 2 && name.length <= cues.maxQuoted && looksLikeName(name) && !isStopPhrase(name) && !/精神$/.test(name) && !cues.websiteEndings.some((e) => name.endsWith(e));
}

/** Phrases that open with the same two characters (定向评价、定向使用) say one thing in parallel: a slogan, not a list of names. */
function parallel(parts: readonly string[]): boolean {
  const head = parts[0]!.slice(0, 2);
  // (or phrases that each open with a numeral: “一地认证、三地通用”)
  return (head.length === 2 && parts.every((p) => p.startsWith(head))) || parts.every((p) => NUMERAL_START.test(p));
}
const NUMERAL_START = /^[一二两三四五六七八九十百千万]/;

/** the endings of honour titles (…首席技师, …技术能手, …工匠): award-patterns.json suffixes and cueSuffixes */
const HONOUR_ENDINGS = [...awards.suffixes, ...awards.cueSuffixes];
/** A quoted neighbour of a program that reads as an honour title (申报“云岭首席技师”“兴滇英才支持计划”) is left to the award recogniser. */
function readsAsHonour(name: string): boolean {
  return HONOUR_ENDINGS.some((e) => name.endsWith(e) && name.length > e.length);
}

/** Quoted names: “X行动”, “X”品牌, and enumerations “A”“B”培训项目 or “A、B”行动. */
function fromQuotes(text: string): Mention[] {
  const out: Mention[] = [];
  for (const chain of quoteChains(findQuoted(text, cues.maxQuoted + 6), text)) {
    const last = chain.at(-1)!;
    const cue = cueAfter(text, last.end);
    const titled = !cue && chain.length === 1 && !headAfter(text, last.end) && titledAfterPlace(text, last.start);
    const head = !cue && (headAfter(text, last.end) || selectedAs(text, last.end) || (chain.length === 1 && practisedBefore(text, last.start, last.end)) || titled);
    const items: { q: Quoted; part: string; offset: number }[] = [];
    for (const q of chain) {
      let offset = 0;
      // a slogan of parallel phrases (“社保服务进企业、进园区、进社区”, “定向评价、定向使用”) is one name, not a list
      // (暨 joins two campaigns run as one: “春风行动暨就业援助月”)
      const parts = q.inner.split(/[、暨]/);
      const slogan = parts.length > 1 && (parts.slice(1).some((p) => p.length < cues.quotedListMinItem) || parallel(parts));
      for (const part of slogan ? [q.inner] : parts) {
        items.push({ q, part, offset });
        offset += part.length + 1;
      }
    }
    // one item a program (known, or by its ending) makes its quoted neighbours programs too: 实施“蓉漂人才荟”“成都人才计划”
    const byEnding = (name: string) => cues.quotedEndings.some((e) => name.endsWith(e) && name.length > e.length + 1);
    const anyKnown = items.some((it) => programByName(it.part) || programByName(it.q.inner) || byEnding(stripLeadingDate(it.part.trim())));
    for (const { q, part, offset } of items) {
      const name = stripLeadingDate(part.trim());
      if (!acceptable(name)) continue;
      const start = q.start + 1 + offset;
      const end = start + part.length;
      if (byEnding(name) || PLUS_MODEL.test(name)) {
        out.push(mention(name, part, start, end, 'program-quote'));
      } else if (cue) {
        const keep = cues.afterQuoteKeepsCue.includes(cue) && q === last && items.length === 1;
        out.push(mention(keep ? name + cue : name, part, start, keep ? last.end + cue.length : end, 'program-quote'));
      } else if (head || (anyKnown && items.length > 1 && !readsAsHonour(name))) {
        out.push(mention(name, part, start, end, titled ? 'program-title-quote' : 'program-quote'));
      }
    }
  }
  return out;
}

const VERB_LED = cues.verbLedEndings as Record<string, string[] | undefined>;
/** the verbs of putting a scheme into practice (实施, 启动 …) */
const IMPLEMENTING = [...new Set(Object.values(cues.verbLedEndings).flat())];
const ENDINGS = new RegExp([...cues.unquotedEndings].sort((a, b) => b.length - a.length).join('|'), 'g');
/** an ending of a name, then a word joining it to the next (工程和, 行动、) */
const JOINED = new RegExp(`(?:${[...new Set([...cues.unquotedEndings, ...cues.quotedEndings])].join('|')})”?(?:${[...cues.conjunctionEnds, '、'].join('|')})`, 'g');

/** a joining word opening a stem, not the first character of a word of its own (和谐: program-cues.json conjunctionWords) */
const JOIN_OPENING = new RegExp(`^(?!${alternation(cues.conjunctionWords)})(?:${alternation(cues.conjunctionEnds)})`);

/** Does a lexicon program end exactly at `end` inside [start, end)? Then the candidate is that program. */
function lexiconEndsAt(text: string, start: number, end: number): boolean {
  const bare = withoutQuotes(text.slice(start, end)).text;
  return programDictionary()
    .all(bare)
    .some((h) => h.end === bare.length);
}

/** A closing quote right before `pos`: the quoted words belong to the name (湖南省“三尖”创新人才工程). */
function quotedBefore(text: string, pos: number): { start: number; inner: string } | null {
  if (text[pos - 1] !== '”') return null;
  const open = text.lastIndexOf('“', pos - 2);
  if (open < 0 || pos - open > 12) return null;
  const inner = text.slice(open + 1, pos - 1);
  return /^[\u4e00-\u9fa5A-Za-z0-9]+$/.test(inner) ? { start: open, inner } : null;
}

/**
 * A stem, a quoted word and the ending: 推进家政服务业提质扩容“领跑者”行动 is one name
 * (the quote alone, “领跑者”行动, is what the quote rule finds when no stem stands before it).
 */
function quotedInside(text: string, endingStart: number, end: number): Mention | null {
  if (text[endingStart - 1] !== '”') return null;
  const open = text.lastIndexOf('“', endingStart - 2);
  if (open < 0 || endingStart - open > 12) return null;
  const inner = text.slice(open + 1, endingStart - 1);
  if (!/^[\u4e00-\u9fa5A-Za-z0-9]+$/.test(inner)) return null;
  const stem = stripLeadingDate(text.slice(nameStart(text, open, 'program', { maxLen: cues.unquotedMaxStem }), open));
  if (stem.length < cues.unquotedMinStem || /[\d０-９]/.test(stem)) return null;
  if (cues.genericStemEndings.some((g) => stem.endsWith(g) || stem.startsWith(g))) return null;
  // a stem ending in a verb is no part of the name: 继续实施“陇原巧手”工程 is the quote rule's
  if (endsWithBoundaryWord(stem, 'program')) return null;
  const name = stem + inner + text.slice(endingStart, end);
  const s = open - stem.length;
  return acceptable(name) && !lexiconEndsAt(text, s, end) ? mention(name, text.slice(s, end), s, end, 'program-ending') : null;
}

/**
 * Does a bracketed word other than an item number end right before `pos`? Then the name began before it
 * (粤港澳大湾区（南山）青年创新创业基地): what follows the bracket is no name of its own. （三）建设… is an item.
 */
function afterBracketedWord(text: string, pos: number): boolean {
  const m = /[（(]([^（()）]{1,8})[）)]$/.exec(text.slice(Math.max(0, pos - 10), pos));
  return !!m && !/^[一二三四五六七八九十百0-9０-９]+$/.test(m[1]!);
}

function followed(text: string, end: number): boolean {
  return end >= text.length || cues.unquotedFollowers.some((f) => text.startsWith(f, end)) || (cues.unquotedFollowersDigits && /[0-9０-９]/.test(text[end]!));
}

/**
 * Unquoted names with a program ending that stand as a name: …工程/…行动 (实施乡村工匠培育工程、),
 * platforms …培训基地/…工作室/…驿站 (建成粤菜师傅培训基地15个); a span ending where a lexicon
 * program ends is left to the lexicon (伊金霍洛旗公共实训基地 is 公共实训基地).
 */
function fromEndings(text: string): Mention[] {
  const out: Mention[] = [];
  ENDINGS.lastIndex = 0;
  for (let m = ENDINGS.exec(text); m; m = ENDINGS.exec(text)) {
    const end = m.index + m[0].length;
    if (!followed(text, end)) continue;
    // (a quote before 计划 is the quote rule's: 实施“鲲鹏行动”计划 names 鲲鹏行动)
    const inner = VERB_LED[m[0]] ? null : quotedInside(text, m.index, end);
    if (inner) {
      out.push(inner);
      continue;
    }
    const start = nameStart(text, m.index, 'program', { maxLen: cues.unquotedMaxStem + 6 });
    const raw = text.slice(start, m.index);
    // 省级乡村工匠名师工作室 is a 乡村工匠名师工作室 of the province's level
    const level = cues.levelQualifiers.find((q) => raw.startsWith(q) && raw.length - q.length >= cues.unquotedMinStem);
    let stem = stripLeadingDate(level ? raw.slice(level.length) : raw);
    // 怀化市残疾人职业技能培训基地 is a 残疾人职业技能培训基地 of its city: a place written in full is no part of the
    // name (a short form may be a brand's word, 柳州螺蛳粉师傅)
    const place = leadingFullPlace(stem);
    if (place && stem.length - place.surface.length >= cues.unquotedMinStem) stem = stem.slice(place.surface.length);
    // “浙派工匠”培育工程和新时代台州工匠培育行动: a name ends inside the stem, joined to the next; this one starts after the join
    const joins = [...stem.matchAll(JOINED)];
    if (joins.length) stem = stem.slice(joins.at(-1)!.index! + joins.at(-1)![0].length);
    // 落实《…规划》和赣鄱工匠培育工程: a joining word right after a closing mark opens the next item, not its name
    const opening = /[》”）)]/.test(text[m.index - stem.length - 1] ?? '') ? JOIN_OPENING.exec(stem) : null;
    if (opening) stem = stem.slice(opening[0].length);
    // 实施…计划: a scheme only right after a verb of putting one into practice, its name unquoted; its stem may end in 提升 there
    const verbs = VERB_LED[m[0]];
    if (verbs && (!verbs.some((v) => text.endsWith(v, m.index - stem.length)) || /[“”"「」]/.test(stem) || cues.verbLedStemNotEnding.some((g) => stem.endsWith(g)))) continue;
    const q = quotedBefore(text, m.index - stem.length);
    // a quote that is a name of its own (“春暖行动”护薪专项行动) takes no descriptor after it
    if (q && cues.quotedEndings.some((e) => q.inner.endsWith(e) && q.inner.length > e.length + 1)) continue;
    // (“技能宜宾”专项行动 is the quote's: 专项 adds no name)
    if (q && stem.length >= 2 && !/[\d０-９]/.test(stem) && !cues.genericStemEndings.includes(stem)) {
      const name = q.inner + stem + m[0];
      if (acceptable(name) && !lexiconEndsAt(text, q.start, end)) out.push(mention(name, text.slice(q.start, end), q.start, end, 'program-ending'));
      continue;
    }
    if (stem.length < cues.unquotedMinStem || stem.length > cues.unquotedMaxStem || /[\d０-９]/.test(stem)) continue;
    // a descriptor right after a quote the rule above could not take (“我兴楚乡·创在湖北”返乡创业行动) is the quote's
    if (text[m.index - stem.length - 1] === '”') continue;
    // 实施工伤预防能力提升工程: right after a verb of putting it into practice, a scheme's stem may end in a generic word
    const implemented = cues.actionEndings.includes(m[0]) && IMPLEMENTING.some((v) => text.endsWith(v, m.index - stem.length));
    if (cues.genericStemEndings.some((g) => (!verbs && !implemented && stem.endsWith(g)) || stem === g || stem.startsWith(g))) continue;
    if (cues.genericStemsExact.includes(stem)) continue; // 建设技能人才实训基地: a kind of platform
    if (cues.conjunctionEnds.some((c) => stem.endsWith(c))) continue;
    // a platform's stem names it (粤菜师傅培训基地); one ending in a verb is an activity (加强培训基地)
    if (!cues.actionEndings.includes(m[0]) && endsWithBoundaryWord(stem, 'program')) continue;
    // a province's skills brand put into action (实施技能吉林行动) is the brand, as “技能吉林”行动 is
    const name = cues.actionEndings.includes(m[0]) && isBrand(stem) ? stem : stem + m[0];
    if (!acceptable(name)) continue;
    const s = m.index - stem.length;
    if (lexiconEndsAt(text, s, end) || afterBracketedWord(text, s)) continue;
    out.push(mention(name, text.slice(s, end), s, end, 'program-ending'));
  }
  return out;
}

const SUBSIDY = new RegExp(`(?:${cues.subsidyVerbs.join('|')})([\\u4e00-\\u9fa5]{${cues.subsidyMinStem},${cues.subsidyMaxStem}}?)(${cues.subsidyEnding.join('|')})`, 'g');

/** The stem is the start of a known program's name (新型学徒 of 新型学徒制): its subsidy is that program's. */
function startsKnownProgram(stem: string): boolean {
  return PROGRAMS.some((e) => [e.name, ...(e.aliases ?? [])].some((f) => f.length > stem.length && f.startsWith(stem)));
}

/**
 * Named subsidy schemes after a granting verb: 给予员工制家政企业补贴, 落实职业培训补贴.
 * A stem holding a known program (城乡居民基本养老保险缴费补贴) is that program's subsidy, not a new one.
 */
function fromSubsidies(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(SUBSIDY)) {
    const stem = m[1]!;
    const end = m.index + m[0].length;
    const start = end - stem.length - m[2]!.length;
    const name = stem + m[2]!;
    if (!followed(text, end) || !acceptable(name) || programDictionary().all(stem).length > 0 || startsKnownProgram(stem)) continue;
    if (cues.genericStemEndings.some((g) => stem.startsWith(g)) || /^(?:相关|有关|一次性|各项|各类|社保|政策|资金|补助|奖励)/.test(stem)) continue;
    // two subsidies joined (安家补贴和生活补贴) name kinds of payment, not one scheme
    if (cues.subsidyEnding.some((e: string) => stem.includes(e))) continue;
    // 给予企业职业培训补贴: the general training subsidy, no scheme of its own
    if (cues.subsidyGenericStemEndings.some((g) => stem.endsWith(g))) continue;
    out.push(mention(name, name, start, end, 'program-subsidy'));
  }
  return out;
}

const INFIXED = cues.infixedNames.map((n) => ({ name: n.name, re: new RegExp(`${escapeRegExp(n.head)}[\\u4e00-\\u9fa5]{1,${n.maxInfix}}?${escapeRegExp(n.infix)}${escapeRegExp(n.tail)}`, 'g') }));

/** A known name with a word of its own inside: 世界技能大赛陶艺项目中国集训基地 is a 世界技能大赛中国集训基地. */
function fromInfixed(text: string): Mention[] {
  return INFIXED.flatMap(({ name, re }) => [...text.matchAll(re)].map((m) => ({ type: 'Program' as const, name, surface: m[0], start: m.index, end: m.index + m[0].length, source: 'program-lexicon' })));
}

const BRAND = new RegExp(`(?:${cues.skillsBrand.prefixes.sort((a, b) => b.length - a.length).join('|')})(?:${cues.skillsBrand.provinces.sort((a, b) => b.length - a.length).join('|')})`, 'g');

const BRAND_WHOLE = new RegExp(`^(?:${BRAND.source})$`);

/** Is the whole of `s` a province's skills brand (技能吉林)? */
function isBrand(s: string): boolean {
  return BRAND_WHOLE.test(s);
}

/** A province's skills brand: 技能 + its short name (技能浙江, 技能兴鲁). */
function fromBrands(text: string): Mention[] {
  return [...text.matchAll(BRAND)]
    .filter((m) => !/[\u4e00-\u9fa5]/.test(text[m.index + m[0].length] ?? '') || /^[行建品”"、，。]/.test(text[m.index + m[0].length] ?? ''))
    .map((m) => mention(m[0], m[0], m.index, m.index + m[0].length, 'program-brand'));
}

const PROVINCE_APP = new RegExp(
  `(?:${alternation(cues.skillsBrand.provinces.filter((p) => p.length >= 2))})(?:${alternation(cues.provinceApps.stems)})(?=${alternation(cues.provinceApps.before)})`,
  'g',
);

/** A province's human-resources app written before APP: 四川人社APP → 四川人社. */
function fromProvinceApps(text: string): Mention[] {
  return [...text.matchAll(PROVINCE_APP)].filter((m) => text[m.index - 1] !== '“').map((m) => mention(m[0], m[0], m.index, m.index + m[0].length, 'program-app'));
}

const PLACED = new RegExp([...cues.placedEndings].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Where the place that leads a platform's name starts: the span's start, or right after a joining word (“三晋通”APP和山西省…平台); -1 if none. */
function placeLedStart(text: string, start: number, end: number): number {
  if (leadingPlace(text.slice(start, end))) return start;
  for (let i = end - 1; i > start; i--) {
    const join = cues.conjunctionEnds.find((c) => text.startsWith(c, i - c.length + 1));
    if (join && leadingPlace(text.slice(i + 1, end))) return i + 1;
  }
  return -1;
}

/**
 * A platform named after its place: 依托山东省根治欠薪智慧监管平台 → 根治欠薪智慧监管平台
 * (the shortest form that names it in any province). A platform with no
 * place before it (搭建就业服务平台) names nothing; one the lexicon knows is the lexicon's.
 */
function fromPlacedPlatforms(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(PLACED)) {
    const end = m.index + m[0].length;
    const start = placeLedStart(text, nameStart(text, m.index, 'program', { maxLen: cues.unquotedMaxStem + 8 }), m.index);
    const lead = start < 0 ? null : leadingPlace(text.slice(start, m.index));
    if (!lead) continue;
    const s = start + lead.surface.length;
    const stem = text.slice(s, m.index);
    if (stem.length < cues.unquotedMinStem || stem.length > cues.unquotedMaxStem || /[\d０-９]/.test(stem) || endsWithBoundaryWord(stem, 'program')) continue;
    if (cues.genericStemEndings.some((g) => stem.startsWith(g))) continue;
    const name = stem + m[0];
    if (!acceptable(name) || lexiconEndsAt(text, s, end)) continue;
    out.push(mention(name, name, s, end, 'program-platform'));
  }
  return out;
}

const QUOTED_NUMBER = new RegExp(`“([0-9]{3,5}|[0-9]{1,2}(?:[+＋][0-9]{1,2})+)”([\\u4e00-\\u9fa5]{0,${cues.quotedNumberMaxInfix}}?(?:${alternation(cues.quotedNumberHeads)}))`, 'g');

/** A scheme named by its count or its sum: “1131”实名服务 → 1131实名服务, “3+2”分段培养 → 3+2分段培养 (program-cues.json quotedNumberHeads). */
function fromQuotedNumbers(text: string): Mention[] {
  return [...text.matchAll(QUOTED_NUMBER)].map((m) => mention(m[1]! + m[2]!, m[0], m.index, m.index + m[0].length, 'program-quote'));
}

/** Programs: the bundled lexicon, quoted names with program cues, unquoted …工程/…行动/…基地, named subsidies. */
export const program: Recognizer = {
  name: 'program',
  priority: 60,
  recognize(ctx: ExtractContext): Mention[] {
    const all = [...fromLexicon(ctx.text), ...fromInfixed(ctx.text), ...fromBrands(ctx.text), ...fromQuotes(ctx.text), ...fromEndings(ctx.text), ...fromSubsidies(ctx.text), ...fromPlacedPlatforms(ctx.text), ...fromQuotedNumbers(ctx.text), ...fromProvinceApps(ctx.text)];
    // a title's quote the reply writes elsewhere as the head of a longer program (《海南省“候鸟”人才工作站管理办法》 beside
    // 建立“候鸟”人才工作站12个) names that program, not one of its own
    return all.filter((m) => m.source !== 'program-title-quote' || !all.some((o) => o !== m && o.name.length > m.name.length && o.name.startsWith(m.name) && o.surface.includes(`“${m.name}”`)));
  },
};
