import data from '../../lexicon/college-suffixes.json' with { type: 'json' };
import companies from '../../lexicon/company-suffixes.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';
import { isPlaceName, leadingPlace } from '../match/places.js';
import { findSuffixNames } from './suffix-names.js';
import { nameStart } from './name-start.js';
import { alternation } from '../match/regex.js';

const DESIGNATION = new RegExp(data.designation);
const GENERIC_MIDDLES = new Set(data.placePrefixedGenericMiddles);

/** A school an enterprise runs, named by its company's legal name with a bracket in it: 开滦（集团）有限责任公司技工学校. */
const COMPANY_SCHOOL = new RegExp(
  `(?:${alternation(companies.strongSuffixes.filter((x) => /[（(]/.test(x)))})(?:${alternation(data.suffixes)})`,
  'g',
);

function companySchools(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(COMPANY_SCHOOL)) {
    const start = nameStart(text, m.index, 'company', { maxLen: 12 });
    if (m.index - start < 2) continue;
    const surface = text.slice(start, m.index + m[0].length);
    out.push({ type: 'College', name: surface, surface, start, end: m.index + m[0].length, source: 'college-suffix' });
  }
  return out;
}

const CAMPUS = /^[（(]([\u4e00-\u9fa5]{2,4})[）)]/;

const BRANCH = new RegExp(`^([\\u4e00-\\u9fa5]{2,4}?)(?:${data.branchSuffixes.join('|')})`);

/**
 * The length of a campus named right after a college's name: in brackets (哈尔滨工业大学（威海）, 中国石油大学（华东）),
 * or a place's branch (宁夏职业技术学院中卫分院); else 0.
 */
function campusLength(text: string, end: number): number {
  const after = text.slice(end, end + 8);
  const m = CAMPUS.exec(after);
  if (m) return data.campusRegions.includes(m[1]!) || isPlaceName(m[1]!) ? m[0].length : 0;
  const b = BRANCH.exec(after);
  return b && isPlaceName(b[1]!) ? b[0].length : 0;
}

/**
 * Colleges and schools by suffix: 冀南技师学院, 濮阳职业技术学院, 衢州学院; a
 * generic ending (学校) only after a division's name: 四川省商务学校; a school
 * named by its company's bracketed legal name: 开滦（集团）有限责任公司技工学校.
 */
export const college: Recognizer = {
  name: 'college',
  priority: 50,
  recognize(ctx: ExtractContext): Mention[] {
    const scan = { family: 'college', maxLen: 16, genericStems: data.genericStems, badFollowers: /^[生城路街]/ } as const;
    const placed = findSuffixNames(ctx.text, { ...scan, suffixes: data.placePrefixedSuffixes }).filter((n) => {
      const name = ctx.text.slice(n.start, n.end);
      const lead = leadingPlace(name);
      const middle = lead ? name.slice(lead.surface.length, name.length - n.suffix.length) : '';
      return middle.length >= 2 && !GENERIC_MIDDLES.has(middle);
    });
    const bySuffix = [...findSuffixNames(ctx.text, { ...scan, suffixes: data.suffixes }), ...placed]
      .filter((n) => n.suffix !== '技工院校' && !DESIGNATION.test(ctx.text.slice(n.start, n.end)) && !data.notEndings.some((e) => ctx.text.endsWith(e, n.end)))
      .map((n): Mention => {
        const end = n.end + campusLength(ctx.text, n.end);
        const surface = ctx.text.slice(n.start, end);
        return { type: 'College', name: surface, surface, start: n.start, end, source: 'college-suffix' };
      });
    return [...bySuffix, ...companySchools(ctx.text)];
  },
};
