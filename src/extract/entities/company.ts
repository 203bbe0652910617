import data from '../../lexicon/company-suffixes.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';
import { isStopPhrase, looksLikeName } from './stop-phrases.js';
import { findSuffixNames } from './suffix-names.js';
import { hasBoundaryWord, nameStart, stripLeadingDate } from './name-start.js';
import { isPlaceName, leadingPlace } from '../match/places.js';

const TAIL = new RegExp(`${data.enumerationCloser}(?:${data.enumerationTails.join('|')})`, 'g');
/** the 等 that closes a list, tested where it stands */
const CLOSER = new RegExp(data.enumerationCloser, 'y');
const LEAD = [...data.enumerationLeadVerbs].sort((a, b) => b.length - a.length);
const NOT_COMPANY = /(学院|学校|大学|院校|局|厅|委|办|部|政府|人社|工会|协会|联盟)$/;
const GENERIC = new Set(data.genericStems);
/** 职业教育集团 and 职教集团 are alliances of schools and firms (Organization), not companies. */
const NOT_COMPANY_ENDINGS = data.notCompanyEndings;

function companyMention(text: string, start: number, end: number, source: string): Mention {
  const surface = text.slice(start, end);
  return { type: 'Company', name: surface, surface, start, end, source };
}

/** Names by a company suffix: 邯郸钢铁集团有限责任公司, 天能集团. */
function bySuffix(text: string): Mention[] {
  return findSuffixNames(text, { suffixes: data.strongSuffixes, family: 'company', maxLen: 24, genericStems: data.genericStems, badFollowers: /^[化内外]/, bracketedInside: data.bracketedInside })
    .filter((n) => !NOT_COMPANY_ENDINGS.some((e) => text.endsWith(e, n.end)) && !data.notCompanyStarts.some((s) => text.startsWith(s, n.start)))
    .map((n) => {
      const m = companyMention(text, n.start, n.end, 'company-suffix');
      // a rural credit cooperative's branch is the cooperative's, an Organization
      return data.cooperativeBanks.some((c) => m.name.includes(c)) ? { ...m, type: 'Organization' as const } : m;
    });
}

/** Names by a weak suffix after a place: 开封市汴绣厂 (巴楚县建设卫星工厂 is none). */
function byPlaceLedSuffix(text: string): Mention[] {
  return findSuffixNames(text, { suffixes: data.placeLedSuffixes, family: 'company', maxLen: 16, genericStems: data.genericStems })
    .filter((n) => {
      const place = leadingPlace(n.stem)?.surface.length ?? 0;
      const core = n.stem.slice(place);
      // …工厂 is a factory of some kind (卫星工厂), and a verb inside (建设卫星工厂) means no name starts at the place
      return place > 0 && core.length >= 2 && !core.endsWith('工') && !GENERIC.has(core) && looksLikeName(core) && !hasBoundaryWord(core, 'company');
    })
    .map((n) => companyMention(text, n.start, n.end, 'company-suffix'));
}

const PLACE_IN_BRACKETS = /[（(]([\u4e00-\u9fa5]{2,4})[）)][\u4e00-\u9fa5]{0,8}?(?:股份有限公司|有限责任公司|有限公司)/g;

/** Names with their place in brackets before the legal form or inside the name: 腾讯科技（深圳）有限公司, 中科（广东）炼化有限公司. */
function byBracketedPlace(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(PLACE_IN_BRACKETS)) {
    if (leadingPlace(m[1]!)?.surface !== m[1]) continue;
    const stemStart = nameStart(text, m.index, 'company', { maxLen: 20 });
    const stem = text.slice(stemStart, m.index);
    if (stem.length < 2 || GENERIC.has(stem)) continue;
    out.push(companyMention(text, stemStart, m.index + m[0].length, 'company-suffix'));
  }
  return out;
}

/** Does a list close at `at` (a 等 that is no piece of 等级, 平等 …: company-suffixes.json enumerationCloser)? */
function closesList(text: string, at: number): boolean {
  CLOSER.lastIndex = at;
  return CLOSER.test(text);
}

/** Short names listed before 等N家企业: 组织中原石化实业、联众兴业化工、河南雷佰瑞等8家企业. */
function byEnumeration(text: string): Mention[] {
  const out: Mention[] = [];
  for (let m = TAIL.exec(text); m; m = TAIL.exec(text)) {
    // 纺织服装、电子产品组装等劳动密集型企业 lists kinds of business, not firms
    if (data.enumerationKindWords.some((w) => m![0].includes(w))) continue;
    // the list runs left from 等 to the previous clause punctuation
    let i = m.index;
    // (an earlier list's 等 closes that list: 围绕钦州港、平陆运河等重大项目和广西石化等重点企业)
    while (i > 0 && !/[，。；：！？\n（(“”]/.test(text[i - 1]!) && !closesList(text, i - 1)) i--;
    const list = text.slice(i, m.index);
    if (!list.includes('、') && list.length > 12) continue;
    let offset = i;
    const parts = list.split('、');
    parts.forEach((part, k) => {
      let s = offset;
      let item = part;
      if (k === 0) {
        for (const v of LEAD) {
          const j = item.lastIndexOf(v);
          if (j >= 0) {
            s += j + v.length;
            item = item.slice(j + v.length);
            break;
          }
        }
      }
      offset += part.length + 1;
      // an item may hold the end of the clause before it: 深圳技师学院与比亚迪 → 比亚迪
      const cut = nameStart(text, s + item.length, 'company', { maxLen: item.length }) - s;
      if (cut > 0) {
        s += cut;
        item = item.slice(cut);
      }
      // a list opening with its year (2023年吉林石化、吉林化纤等企业): the year is no part of the first name
      const dated = stripLeadingDate(item);
      s += item.length - dated.length;
      item = dated;
      if (item.length < 2 || item.length > 16 || !looksLikeName(item) || isStopPhrase(item) || GENERIC.has(item) || NOT_COMPANY.test(item)) return;
      // a place listed (赴广东、浙江等地丝绸企业务工) names where the firms are, no firm
      if (isPlaceName(item)) return;
      out.push(companyMention(text, s, s + item.length, 'company-list'));
    });
  }
  return out;
}

/** Companies: by legal-form suffix, by a weak suffix after a place, and short names enumerated as 企业. */
export const company: Recognizer = {
  name: 'company',
  priority: 70,
  recognize(ctx: ExtractContext): Mention[] {
    return [...bySuffix(ctx.text), ...byPlaceLedSuffix(ctx.text), ...byBracketedPlace(ctx.text), ...byEnumeration(ctx.text)];
  },
};
