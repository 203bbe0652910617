import boundaries from '../../lexicon/name-boundaries.json' with { type: 'json' };
import { AhoCorasickAutomaton } from '../match/aho-corasick.js';
import { DIVISION_ENDS, findPlaces } from '../match/places.js';

/** Entity families with their own extra boundary words (src/lexicon/name-boundaries.json). */
export type BoundaryFamily = 'company' | 'college' | 'organization' | 'program' | 'competition' | 'award';

const PUNCT = new Set(boundaries.punctuation);
const NAME_FINAL = new Set(boundaries.nameFinalWords);
const QUOTES_OPEN = new Set(['“', '「', '『']);
const HAN = /[\u4e00-\u9fa5]/;
const QUOTES_CLOSE = new Set(['”', '」', '』']);

const wordsOf = new Map<BoundaryFamily, { list: string[]; automaton: AhoCorasickAutomaton }>();
/** The boundary words of a family, longest first, with an automaton that finds them all in one pass. */
function words(family: BoundaryFamily): { list: string[]; automaton: AhoCorasickAutomaton } {
  let w = wordsOf.get(family);
  if (!w) {
    const extra = (boundaries as unknown as Record<string, string[]>)[family] ?? [];
    const list = [...new Set([...boundaries.common, ...extra])].sort((a, b) => b.length - a.length);
    w = { list, automaton: new AhoCorasickAutomaton(list) };
    wordsOf.set(family, w);
  }
  return w;
}

const PLACE_INNER = new Set(boundaries.placeInnerWords);
const AFTER_SHORT_PLACE = new Set(boundaries.wordsAfterShortPlace);

/** Per boundary word, the longer words it is only a piece of, with its offset in them (等 → 中等 at 1, 等级 at 0). */
const HOLDERS = new Map<string, [word: string, at: number][]>();
for (const h of boundaries.wordsHoldingBoundaries) {
  const families: BoundaryFamily[] = ['company', 'college', 'organization', 'program', 'competition', 'award'];
  for (const w of new Set([...boundaries.common, ...families.flatMap((f) => boundaries[f])])) {
    if (w.length >= h.length) continue;
    for (let at = h.indexOf(w); at >= 0; at = h.indexOf(w, at + 1)) HOLDERS.set(w, [...(HOLDERS.get(w) ?? []), [h, at]]);
  }
}

/** Is the boundary word at `i` of `span` a piece of a longer word (中等, 等级) rather than a word of its own? */
function heldAt(span: string, word: string, i: number): boolean {
  return HOLDERS.get(word)?.some(([h, at]) => span.startsWith(h, i - at)) ?? false;
}

export interface NameStartOptions {
  /** how far left a name may reach */
  maxLen: number;
  /** keep balanced “…” inside the name (邯郸市首届“供销杯”茶艺师职业技能大赛) */
  quotesInside?: boolean;
  /** keep a middle dot between two Chinese characters inside the name (中国潍坊·高层次人才创新创业大赛) */
  middleDotInside?: boolean;
  /** keep these words in brackets inside the name (湖北祥云（集团）化工股份有限公司) */
  bracketedInside?: readonly string[];
}

/**
 * Where a name that ends at `end` (the start of its suffix) begins: right after
 * the nearest punctuation or boundary word (verbs, prepositions, 我市 …) on its left.
 */
export function nameStart(text: string, end: number, family: BoundaryFamily, opts: NameStartOptions): number {
  const lo = Math.max(0, end - opts.maxLen);
  let start = end;
  let open = 0;
  for (let i = end - 1; i >= lo; i--) {
    const c = text[i]!;
    if (opts.quotesInside && QUOTES_CLOSE.has(c)) {
      open++;
      start = i;
      continue;
    }
    if (opts.quotesInside && QUOTES_OPEN.has(c) && open > 0) {
      open--;
      start = i;
      continue;
    }
    if (opts.middleDotInside && c === '·' && i > lo && HAN.test(text[i - 1]!) && HAN.test(text[i + 1] ?? '')) {
      start = i;
      continue;
    }
    if (opts.bracketedInside && (c === '）' || c === ')')) {
      const word = opts.bracketedInside.find((w) => i - w.length - 1 >= lo && /[（(]/.test(text[i - w.length - 1]!) && text.startsWith(w, i - w.length));
      if (word) {
        i -= word.length + 1;
        start = i;
        continue;
      }
    }
    if (PUNCT.has(c) || /\s/.test(c)) break;
    start = i;
  }
  if (opts.quotesInside && open > 0) {
    // an unmatched closing quote: the name starts after it
    const k = Math.max(...[...QUOTES_CLOSE].map((q) => text.lastIndexOf(q, end - 1)));
    if (k >= start) start = k + 1;
  }
  // the last boundary word inside [start, end) cuts the name: the last occurrence of each word counts
  let cut = start;
  const span = text.slice(start, end);
  // words inside a quoted part of the name do not cut it (“创在上海”国际创新创业大赛)
  const quoted = opts.quotesInside ? quotedRanges(span) : [];
  // one pass finds every boundary word; per word, its last occurrence outside quotes counts
  const { list, automaton } = words(family);
  const last = new Map<number, number>();
  const ends: number[] = [];
  const hits: [w: number, i: number][] = [];
  automaton.scan(span, (w, i) => {
    if (!quoted.some(([s, e]) => i > s && i < e)) hits.push([w, i]);
  });
  // nor do words inside a division's name (与和田职业技术学院, 与和平区…: 和 is the place's); places
  // are looked up only when a word that can sit in one is found (name-boundaries.json placeInnerWords)
  const places = hits.some(([w]) => PLACE_INNER.has(list[w]!)) ? findPlaces(span).filter((h) => h.end - h.start >= 2) : [];
  // a company is often named by its place and trade (山西建设投资集团, 河南投资集团) or the nation's name
  // (中国联合网络通信有限公司): the word right after a place's name that opens the span, or the nation's name
  // there or after a boundary word, is the name's, not a boundary (推荐芜湖市的华菱…: a place after a boundary
  // word may be the clause's, 的 its particle); in any family a word of wordsAfterShortPlace is, after a place
  // written short that opens the name (山西同文职业技术学院, 西安同仁…: 同; after a place in full, 晋中市同…, it is
  // the clause's preposition)
  const hitEnds = new Set(hits.map(([w, i]) => i + list[w]!.length));
  const opens = (at: number) => at === 0 || hitEnds.has(at);
  const companyOpenEnds =
    family === 'company'
      ? [
          ...boundaries.nationNames.flatMap((n) => [...hitEnds, 0].filter((at) => span.startsWith(n, at)).map((at) => at + n.length)),
          ...findPlaces(span).filter((h) => h.end - h.start >= 2 && h.start === 0).map((h) => h.end),
        ]
      : [];
  const shortPlaceEnds = hits.some(([w]) => AFTER_SHORT_PLACE.has(list[w]!))
    ? findPlaces(span)
        .filter((h) => h.end - h.start >= 2 && !DIVISION_ENDS.includes(h.surface.at(-1)!) && opens(h.start))
        .map((h) => h.end)
    : [];
  for (const [w, i] of hits) {
    const len = list[w]!.length;
    if (places.some((h) => h.start <= i && i + len <= h.end && h.end - h.start > len)) continue;
    if (companyOpenEnds.includes(i) && i + len < span.length) continue;
    if (family !== 'program' && AFTER_SHORT_PLACE.has(list[w]!) && shortPlaceEnds.includes(i) && i + len < span.length) continue;
    if (heldAt(span, list[w]!, i)) continue;
    last.set(w, i);
    ends.push(start + i + len);
  }
  let by = '';
  for (const [w, i] of last) {
    const word = list[w]!;
    const wend = start + i + word.length;
    // an enumeration item starts right after 、: a one-character word there is the name's own (、对外经济贸易大学)
    if (i === 0 && word.length === 1 && text[start - 1] === '、') continue;
    // a name-final word right before the suffix belongs to the name (…建设集团); for programs any word does (…培育工程)
    if (wend > cut && (wend < end || (wend === end && family !== 'program' && !NAME_FINAL.has(word)))) {
      cut = wend;
      by = word;
    }
  }
  // a one-character word with a single character before it, back to the previous boundary, is inside a
  // name (与华为技术有限公司: 华为, not 为): no clause is one character long
  // (芜湖美的厨卫电器制造有限公司: nor after a place's name, 芜湖 + 美的)
  if (by.length === 1 && family !== 'program') {
    const word = cut - 1;
    const before = Math.max(start, ...ends.filter((e) => e <= word));
    const placeLed = word - before > 2 && findPlaces(text.slice(before, word - 1)).some((h) => h.start === 0 && h.end === word - 1 - before);
    if ((word - before === 1 || placeLed) && !boundaries.clauseCharacters.includes(text[word - 1]!)) cut = before;
  }
  return cut;
}

/** Does `s` end with a boundary word (a verb, preposition, adverb: 加强, 推动, 继续 …) of the family? */
export function endsWithBoundaryWord(s: string, family: BoundaryFamily): boolean {
  return words(family).list.some((w) => s.endsWith(w));
}

/** Does `s` hold a boundary word anywhere? */
export function hasBoundaryWord(s: string, family: BoundaryFamily): boolean {
  return words(family).list.some((w) => s.includes(w));
}

/** Spans [open, close] of the “…” pairs in a name. */
function quotedRanges(span: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < span.length; i++) {
    if (!QUOTES_OPEN.has(span[i]!)) continue;
    const j = [...QUOTES_CLOSE].map((q) => span.indexOf(q, i + 1)).filter((k) => k > 0).sort((a, b) => a - b)[0];
    if (j === undefined) break;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** Drop a leading date or count (2023年, 2022年6月, 10届) that is not part of a name. */
export function stripLeadingDate(s: string): string {
  return s.replace(/^(?:\d{4}年(?:度)?(?:\d{1,2}月份?)?|\d+届)/, '');
}
