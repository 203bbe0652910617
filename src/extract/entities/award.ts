import data from '../../lexicon/award-patterns.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import { Dictionary } from '../match/dictionary.js';
import type { Mention } from '../types.js';
import { findQuoted } from './quotes.js';
import type { Recognizer } from './recognizer.js';
import { isStopPhrase } from './stop-phrases.js';
import { findSuffixNames } from './suffix-names.js';

const NAMES = new Dictionary(data.names.flatMap((e) => [e.name, ...e.aliases].map((p) => [p, e.name] as const)));
const GENERIC = new Set(data.genericStems);

/** A quoted …工匠 is an honour title when the clause around it speaks of choosing or awarding. */
function craftsmen(text: string): Mention[] {
  const out: Mention[] = [];
  for (const q of findQuoted(text, 12)) {
    const stem = q.inner.slice(0, -data.craftsmanSuffix.length);
    if (!q.inner.endsWith(data.craftsmanSuffix) || stem.length < 2 || stem.length > data.craftsmanMaxStem) continue;
    if (GENERIC.has(stem) || isStopPhrase(q.inner)) continue;
    const from = Math.max(text.lastIndexOf('。', q.start), q.start - 40);
    const clauseEnd = text.slice(q.end, q.end + 20).search(/[，。；]/);
    const window = text.slice(from, clauseEnd < 0 ? q.end + 20 : q.end + clauseEnd);
    if (!data.craftsmanCues.some((c) => window.includes(c))) continue;
    out.push({ type: 'Award', name: q.inner, surface: q.inner, start: q.start + 1, end: q.end - 1, source: 'award-craftsman' });
  }
  return out;
}

/** Honour titles: fixed names (中华技能大奖), suffixes (三门峡市技术能手, 省政府特殊津贴), quoted …工匠 titles. */
export const award: Recognizer = {
  name: 'award',
  priority: 55,
  recognize(ctx: ExtractContext): Mention[] {
    const text = ctx.text;
    const fixed: Mention[] = NAMES.longest(text).map((h) => ({ type: 'Award', name: h.data, surface: h.pattern, start: h.start, end: h.end, source: 'award-name' }));
    const bySuffix: Mention[] = findSuffixNames(text, { suffixes: data.suffixes, family: 'award', maxLen: data.suffixPrefixMaxLen, minStem: 1, genericStems: data.genericStems })
      .filter((n) => /^(全国|全省|全市|[省市]$|[\u4e00-\u9fa5]{1,6}[省市州县区]$|中华|中原|国务院|[\u4e00-\u9fa5]{2,3}$)/.test(n.stem))
      .map((n) => {
        const surface = text.slice(n.start, n.end);
        return { type: 'Award', name: surface, surface, start: n.start, end: n.end, source: 'award-suffix' };
      });
    return [...fixed, ...bySuffix, ...craftsmen(text)];
  },
};
