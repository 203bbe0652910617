import cues from '../../lexicon/program-cues.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import { nameStart, stripLeadingDate } from './name-start.js';
import { programByName, programDictionary } from './program-lexicon.js';
import { findQuoted, quoteChains, withoutQuotes, type Quoted } from './quotes.js';
import type { Recognizer } from './recognizer.js';
import { isStopPhrase, looksLikeName } from './stop-phrases.js';

const ALNUM = /[0-9A-Za-z+]/;

function mention(name: string, surface: string, start: number, end: number, source: string): Mention {
  const entry = programByName(name);
  return { type: 'Program', name: entry?.name ?? name, surface, start, end, source };
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

/** Lexicon names and aliases, matched with quote marks ignored (“新八级”制度 is 新八级制度). */
function fromLexicon(text: string): Mention[] {
  const { text: bare, offsets } = withoutQuotes(text);
  const out: Mention[] = [];
  for (const h of headFinal(programDictionary().all(bare))) {
    // a pattern starting or ending in a digit/letter must not cut a longer number or word
    if (ALNUM.test(h.pattern[0]!) && h.start > 0 && ALNUM.test(bare[h.start - 1]!)) continue;
    if (ALNUM.test(h.pattern.at(-1)!) && h.end < bare.length && ALNUM.test(bare[h.end]!)) continue;
    const start = offsets[h.start]!;
    const end = offsets[h.end - 1]! + 1;
    out.push({ type: 'Program', name: h.data.name, surface: text.slice(start, end), start, end, source: 'program-lexicon' });
  }
  return out;
}

function cueAfter(text: string, pos: number): string | undefined {
  return cues.afterQuote.find((c) => text.startsWith(c, pos));
}

function acceptable(name: string): boolean {
  return name.length >= 2 && name.length <= cues.maxQuoted && looksLikeName(name) && !isStopPhrase(name) && !/精神$/.test(name);
}

/** Quoted names: “X行动”, “X”品牌, and enumerations “A”“B”培训项目 or “A、B”行动. */
function fromQuotes(text: string): Mention[] {
  const out: Mention[] = [];
  for (const chain of quoteChains(findQuoted(text, cues.maxQuoted + 6), text)) {
    const last = chain.at(-1)!;
    const cue = cueAfter(text, last.end);
    const items: { q: Quoted; part: string; offset: number }[] = [];
    for (const q of chain) {
      let offset = 0;
      for (const part of q.inner.split('、')) {
        items.push({ q, part, offset });
        offset += part.length + 1;
      }
    }
    const anyKnown = items.some((it) => programByName(it.part) || programByName(it.q.inner));
    for (const { q, part, offset } of items) {
      const name = stripLeadingDate(part.trim());
      if (!acceptable(name)) continue;
      const start = q.start + 1 + offset;
      const end = start + part.length;
      if (cues.quotedEndings.some((e) => name.endsWith(e) && name.length > e.length + 1)) {
        out.push(mention(name, part, start, end, 'program-quote'));
      } else if (cue) {
        const keep = cues.afterQuoteKeepsCue.includes(cue) && q === last && items.length === 1;
        out.push(mention(keep ? name + cue : name, part, start, keep ? last.end + cue.length : end, 'program-quote'));
      } else if (anyKnown && items.length > 1) {
        out.push(mention(name, part, start, end, 'program-quote'));
      }
    }
  }
  return out;
}

/** Unquoted names ending in 工程/行动 that stand as a name (实施乡村工匠培育工程、…). */
function fromEndings(text: string): Mention[] {
  const out: Mention[] = [];
  const re = new RegExp(cues.unquotedEndings.join('|'), 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (!cues.unquotedFollowers.some((f) => text.startsWith(f, end)) && end < text.length) continue;
    const start = nameStart(text, m.index, 'program', { maxLen: cues.unquotedMaxStem + 6 });
    const raw = text.slice(start, m.index);
    const stem = stripLeadingDate(raw);
    if (stem.length < cues.unquotedMinStem || stem.length > cues.unquotedMaxStem || /[\d０-９]/.test(stem)) continue;
    if (cues.genericStemEndings.some((g) => stem.endsWith(g) || stem === g)) continue;
    const name = stem + m[0];
    if (!acceptable(name)) continue;
    const s = m.index - stem.length;
    out.push(mention(name, text.slice(s, end), s, end, 'program-ending'));
  }
  return out;
}

const BRAND = new RegExp(`(?:${cues.skillsBrand.prefixes.sort((a, b) => b.length - a.length).join('|')})(?:${cues.skillsBrand.provinces.sort((a, b) => b.length - a.length).join('|')})`, 'g');

/** A province's skills brand: 技能 + its short name (技能浙江, 技能兴鲁). */
function fromBrands(text: string): Mention[] {
  return [...text.matchAll(BRAND)]
    .filter((m) => !/[\u4e00-\u9fa5]/.test(text[m.index + m[0].length] ?? '') || /^[行建品”"、，。]/.test(text[m.index + m[0].length] ?? ''))
    .map((m) => mention(m[0], m[0], m.index, m.index + m[0].length, 'program-brand'));
}

/** Programs: the bundled lexicon, quoted names with program cues, unquoted …工程/…行动. */
export const program: Recognizer = {
  name: 'program',
  priority: 60,
  recognize(ctx: ExtractContext): Mention[] {
    return [...fromLexicon(ctx.text), ...fromBrands(ctx.text), ...fromQuotes(ctx.text), ...fromEndings(ctx.text)];
  },
};
