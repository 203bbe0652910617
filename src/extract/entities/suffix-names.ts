import { nameStart, stripLeadingDate, type BoundaryFamily } from './name-start.js';
import { alternation } from '../match/regex.js';
import { findPlaces } from '../match/places.js';

/** A name found by its suffix: 冀南 + 技师学院. */
export interface SuffixName {
  start: number;
  end: number;
  stem: string;
  suffix: string;
}

export interface SuffixScan {
  suffixes: readonly string[];
  family: BoundaryFamily;
  maxLen: number;
  minStem?: number;
  /** stems that make a generic phrase, not a name (各类, 企业 …) */
  genericStems?: readonly string[];
  quotesInside?: boolean;
  /** a middle dot between Chinese characters does not end the name */
  middleDotInside?: boolean;
  /** words in brackets that do not end the name (（集团）) */
  bracketedInside?: readonly string[];
  /** what, right after the suffix, shows it is not the end of a name (大学生, …科技城分中心): tested on the text that follows, so anchor it (^) */
  badFollowers?: RegExp;
  /** stems starting with these are not names (default: 各, 全, 该, 本 …); competitions and awards allow 全国/全省 */
  demonstratives?: RegExp;
}

const DEMONSTRATIVE = /^[各全该本这此我其每诸某]/;
/** A place whose name opens with a demonstrative's character (诸暨, 本溪, 全椒) opens a name, as any place does. */
function opensWithPlace(stem: string): boolean {
  return findPlaces(stem).some((h) => h.start === 0 && h.end - h.start >= 2);
}
/** a count opens no name (等8家合作银行, 12个…中心) */
const COUNTED = /^[\d０-９]+[家个所名]/;
/** how much of the text after a suffix badFollowers sees */
const FOLLOWER_WINDOW = 6;

const suffixRes = new Map<readonly string[], RegExp>();
/** One regex per suffix list (compiled once, not per text): the longest suffix first. */
function suffixRegExp(suffixes: readonly string[]): RegExp {
  let re = suffixRes.get(suffixes);
  if (!re) {
    suffixRes.set(suffixes, (re = new RegExp(alternation(suffixes), 'g')));
  }
  return re;
}

/**
 * Every name in the text that ends with one of the suffixes (longest suffix
 * first at each position), starting after the nearest boundary on its left.
 */
export function findSuffixNames(text: string, scan: SuffixScan): SuffixName[] {
  const re = suffixRegExp(scan.suffixes);
  re.lastIndex = 0;
  const generic = new Set(scan.genericStems ?? []);
  const out: SuffixName[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const suffix = m[0];
    const end = m.index + suffix.length;
    if (scan.badFollowers && scan.badFollowers.test(text.slice(end, end + FOLLOWER_WINDOW))) continue;
    const raw = nameStart(text, m.index, scan.family, { maxLen: scan.maxLen, quotesInside: scan.quotesInside, middleDotInside: scan.middleDotInside, bracketedInside: scan.bracketedInside });
    const stem = stripLeadingDate(text.slice(raw, m.index));
    const start = m.index - stem.length;
    if (stem.length < (scan.minStem ?? 2) || generic.has(stem) || COUNTED.test(stem) || ((scan.demonstratives ?? DEMONSTRATIVE).test(stem) && !opensWithPlace(stem)) || /^\d+$/.test(stem)) continue;
    out.push({ start, end, stem, suffix });
  }
  return out;
}
