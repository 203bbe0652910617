import data from '../../lexicon/organization-suffixes.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';
import { findSuffixNames } from './suffix-names.js';

/** Alliances, associations, cooperatives, training centres by suffix: 中原经济区技工教育联盟, 邯郸市供销合作社. */
export const organization: Recognizer = {
  name: 'organization',
  priority: 30,
  recognize(ctx: ExtractContext): Mention[] {
    return findSuffixNames(ctx.text, { suffixes: data.suffixes, family: 'organization', maxLen: 20, genericStems: data.genericStems, badFollowers: /[员长]/ }).map((n) => {
      const surface = ctx.text.slice(n.start, n.end);
      return { type: 'Organization', name: surface, surface, start: n.start, end: n.end, source: 'organization-suffix' };
    });
  },
};
