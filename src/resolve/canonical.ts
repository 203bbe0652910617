import companyData from '../lexicon/company-suffixes.json' with { type: 'json' };
import competitionData from '../lexicon/competition-patterns.json' with { type: 'json' };
import type { Mention, ReplyExtraction } from '../extract/index.js';
import type { EntityType, ReplyFields } from '../ontology/index.js';
import { isPlaceName, leadingFullPlace, leadingPlace } from '../extract/match/places.js';
import { resolveDeclaredShortForms } from './declared-short-forms.js';
import { extendToKnownNames } from './known-names.js';
import { isZoneShortForm, resolveZoneCommittees } from './zone-short-forms.js';

const EDITION = new RegExp(competitionData.edition);
const LEGAL = [...companyData.legalForms].sort((a, b) => b.length - a.length);

function withAlias(m: Mention, name: string, alias: string): Mention {
  if (name === m.name) return m;
  const aliases = [...new Set([...(m.aliases ?? []), alias, m.surface].filter((a) => a !== name))];
  return { ...m, name, aliases };
}

/**
 * 省首届职业技能大赛 in a Hebei reply is 河北省首届职业技能大赛; 全市职业技能大赛
 * in a Quzhou reply is 衢州市职业技能大赛. Unchanged while the reply's province or city is unknown.
 */
export function resolveRegionPrefix(name: string, fields: Pick<ReplyFields, 'province' | 'city'>): string {
  const m = /^(全省|全市|省(?!级)|市(?!级))/.exec(name);
  if (!m) return name;
  const place = m[1]!.endsWith('省') ? fields.province : fields.city;
  return place ? place + name.slice(m[1]!.length) : name;
}

/** The key under which 全市职业技能大赛 and 全市职业技能竞赛 are one competition. */
function competitionKey(name: string): string {
  return name.replace(/(大赛|竞赛|比赛)$/, '赛');
}

/**
 * Competitions of one reply: region prefixes from the reply's fields, short
 * references (第一届大赛, 本届大赛) to the nearest full name before them with
 * the edition substituted, and 大赛/竞赛 variants of one name merged.
 */
export function resolveCompetitions(mentions: Mention[], fields: Pick<ReplyFields, 'province' | 'city'>): Mention[] {
  const out: Mention[] = [];
  const byKey = new Map<string, string>();
  let last: Mention | null = null;
  for (const m of mentions) {
    if (m.type !== 'Competition') {
      out.push(m);
      continue;
    }
    if (m.source === 'competition-ref') {
      if (!last) continue;
      const ed = /^(第[一二三四五六七八九十\d]+届|首届)/.exec(m.surface)?.[1];
      if (ed && !EDITION.test(last.name)) continue;
      const name = ed ? last.name.replace(EDITION, ed) : last.name;
      out.push(withAlias(m, byKey.get(competitionKey(name)) ?? name, m.surface));
      continue;
    }
    let name = resolveRegionPrefix(m.name, fields);
    const key = competitionKey(name);
    const seen = byKey.get(key);
    if (seen) name = seen;
    else byKey.set(key, name);
    const r = withAlias(m, name, m.surface);
    out.push(r);
    last = r;
  }
  return out;
}

/** 省技术能手 / 全市技术能手 named with the reply's province or city. */
export function resolveAwards(mentions: Mention[], fields: Pick<ReplyFields, 'province' | 'city'>): Mention[] {
  return mentions.map((m) => (m.type === 'Award' ? withAlias(m, resolveRegionPrefix(m.name, fields), m.surface) : m));
}

function stripLegalForm(name: string): string {
  for (;;) {
    const f = LEGAL.find((l) => name.endsWith(l) && name.length > l.length + 1);
    if (!f) return name;
    name = name.slice(0, -f.length);
  }
}

const BRANCH = /(?:有限责任公司|有限公司)([\u4e00-\u9fa5]{2,8})分公司$/;

/** Is `short` another form of `long` (same type)? 宏业控股 ↔ 宏业控股集团, 技工教育联盟 ↔ 中原经济区技工教育联盟. */
export function isShortFormOf(type: EntityType, short: string, long: string): boolean {
  if (short === long || short.length >= long.length) return false;
  if (dropsPlaceDivision(short, long)) return true;
  // a development zone written short: 肇庆高新区 ↔ 肇庆高新技术产业开发区
  if (type === 'Organization' && isZoneShortForm(short, long)) return true;
  if (type === 'Company') {
    // a branch is named by its parent's legal name and its own words: 中国石油天然气股份有限公司广西石化分公司 ↔ 广西石化
    if (BRANCH.exec(long)?.[1] === short) return true;
    const a = stripLegalForm(short);
    const b = stripLegalForm(long);
    // the same name with the region or the trade dropped: 宏业控股 ↔ 宏业控股集团, 上汽通用五菱 ↔ 上汽通用五菱汽车股份有限公司,
    // 比亚迪 ↔ 比亚迪汽车工业有限公司 (a brand of three characters at the head of the full name)
    const unit = (head: string) => companyData.branchWords.some((w) => head.slice(a.length).includes(w));
    // a place in brackets after the name is a regional company of its own (格林美（荆门）有限公司 is no form of 格林美股份有限公司)
    const bracketed = /^[（(]([^）)]+)[）)]$/.exec(b.slice(a.length));
    if (bracketed && isPlaceName(bracketed[1]!)) return false;
    if (a === b || (a.length >= 4 && b.endsWith(a)) || (a.length >= 3 && b.startsWith(a) && !unit(b))) return true;
    // a brand of two characters written with its legal form, after the place the full name opens with:
    // 伊利集团 ↔ 内蒙古伊利实业集团股份有限公司, 蒙牛集团 ↔ 内蒙古蒙牛乳业（集团）股份有限公司
    const place = leadingPlace(b)?.surface.length ?? 0;
    const core = b.slice(place);
    return a !== short && a.length >= 2 && place > 0 && core.length > a.length && core.startsWith(a) && !unit(core);
  }
  if (!long.endsWith(short) || short.length < 4) return false;
  // the head the long form adds is a word of its own (中原经济区 + 技工教育联盟), a place's name when the short
  // form opens with one (新疆维吾尔自治区 + 喀什地区技工学校): one character joins the short form's first word
  // into another name (长 + 白山职业技术学院 is 长白山…, no form of 白山职业技术学院)
  const head = long.slice(0, long.length - short.length);
  return head.length >= 2 && (!leadingPlace(short) || isPlaceName(head));
}

/** The long name with the division character of the place it opens with dropped: 自贡灯贸集团有限公司 ↔ 自贡市灯贸集团有限公司. */
function dropsPlaceDivision(short: string, long: string): boolean {
  if (long.length !== short.length + 1) return false;
  const at = leadingFullPlace(long)?.surface.length;
  return at !== undefined && short === long.slice(0, at - 1) + long.slice(at);
}

/** Company, Organization and College: short and long forms of a name within one reply become one entity named by the longest, through any chain of forms. */
export function mergeShortForms(mentions: Mention[]): Mention[] {
  const types: EntityType[] = ['Company', 'Organization', 'College'];
  const names = new Map<EntityType, string[]>();
  for (const m of mentions) if (types.includes(m.type)) names.set(m.type, [...new Set([...(names.get(m.type) ?? []), m.name])]);
  return mentions.map((m) => {
    const all = names.get(m.type);
    if (!all) return m;
    const longest = (name: string) => all.filter((n) => isShortFormOf(m.type, name, n)).sort((a, b) => b.length - a.length)[0];
    // a short form of a short form is the long name's (双汇 → 双汇集团 → 河南双汇投资发展股份有限公司); each step is longer, so it ends
    let longer = longest(m.name);
    for (let next = longer && longest(longer); next; next = longest(next)) longer = next;
    return longer ? withAlias(m, longer, m.surface) : m;
  });
}

/** Canonical names and aliases of the named things of one reply (Program names come canonical from the lexicon). */
export function resolveCanonicalNames(x: ReplyExtraction): ReplyExtraction {
  let mentions = resolveCompetitions(x.mentions, x.fields);
  mentions = resolveAwards(mentions, x.fields);
  mentions = resolveDeclaredShortForms(x.text, mentions);
  mentions = extendToKnownNames(x.text, mentions);
  mentions = mergeShortForms(mentions);
  mentions = resolveZoneCommittees(mentions);
  return { ...x, mentions };
}
