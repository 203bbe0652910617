import { Dictionary } from '../match/dictionary.js';
import type { LexiconEntry } from '../../lexicon/index.js';
import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';

const cache = new WeakMap<LexiconEntry[], Dictionary<LexiconEntry>>();

function dictionaryOf(entries: LexiconEntry[]): Dictionary<LexiconEntry> {
  let d = cache.get(entries);
  if (!d) {
    d = new Dictionary(entries.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((p) => [p, e] as const)));
    cache.set(entries, d);
  }
  return d;
}

/** Entries of the user's --lexicon files, matched as written. */
export const userLexicon: Recognizer = {
  name: 'user-lexicon',
  priority: 100,
  recognize(ctx: ExtractContext): Mention[] {
    if (!ctx.lexicons.user.length) return [];
    return dictionaryOf(ctx.lexicons.user)
      .longest(ctx.text)
      .map((h) => ({ type: h.data.type, name: h.data.name, surface: h.pattern, start: h.start, end: h.end, source: 'user-lexicon' }));
  },
};
