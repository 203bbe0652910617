import data from '../../lexicon/college-suffixes.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';
import { findSuffixNames } from './suffix-names.js';

/** Colleges and schools by suffix: 冀南技师学院, 濮阳职业技术学院, 衢州学院. */
export const college: Recognizer = {
  name: 'college',
  priority: 50,
  recognize(ctx: ExtractContext): Mention[] {
    return findSuffixNames(ctx.text, { suffixes: data.suffixes, family: 'college', maxLen: 16, genericStems: data.genericStems, badFollowers: /[生城路街]/ })
      .filter((n) => n.suffix !== '技工院校')
      .map((n) => {
        const surface = ctx.text.slice(n.start, n.end);
        return { type: 'College', name: surface, surface, start: n.start, end: n.end, source: 'college-suffix' };
      });
  },
};
