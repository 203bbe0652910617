import data from '../../lexicon/college-suffixes.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';
import { leadingPlace } from '../match/places.js';
import { findSuffixNames } from './suffix-names.js';

const DESIGNATION = new RegExp(data.designation);
const GENERIC_MIDDLES = new Set(data.placePrefixedGenericMiddles);

/**
 * Colleges and schools by suffix: 冀南技师学院, 濮阳职业技术学院, 衢州学院; a
 * generic ending (学校) only after a division's name: 四川省商务学校.
 */
export const college: Recognizer = {
  name: 'college',
  priority: 50,
  recognize(ctx: ExtractContext): Mention[] {
    const scan = { family: 'college', maxLen: 16, genericStems: data.genericStems, badFollowers: /[生城路街]/ } as const;
    const placed = findSuffixNames(ctx.text, { ...scan, suffixes: data.placePrefixedSuffixes }).filter((n) => {
      const name = ctx.text.slice(n.start, n.end);
      const lead = leadingPlace(name);
      const middle = lead ? name.slice(lead.surface.length, name.length - n.suffix.length) : '';
      return middle.length >= 2 && !GENERIC_MIDDLES.has(middle);
    });
    return [...findSuffixNames(ctx.text, { ...scan, suffixes: data.suffixes }), ...placed]
      .filter((n) => n.suffix !== '技工院校' && !DESIGNATION.test(ctx.text.slice(n.start, n.end)))
      .map((n) => {
        const surface = ctx.text.slice(n.start, n.end);
        return { type: 'College', name: surface, surface, start: n.start, end: n.end, source: 'college-suffix' };
      });
  },
};
