import { positionsOf, windowsAround } from '../match/windows.js';
import { agencyTable, fillBody, hasPlaceholder } from '../../lexicon/agencies/index.js';
import { gazetteer, type Division } from '../../lexicon/divisions/index.js';
import type { ReplyFields } from '../../ontology/index.js';
import type { ExtractContext } from '../context.js';
import { findAgencies, LEVEL_OF, type AgencyHit } from '../match/agencies.js';
import { resolvedPlaces } from '../match/places.js';
import { insideLonger, quotedSpans } from '../match/quotes.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';
import { escapeRegExp } from '../match/regex.js';
import { levelOfChar, scopeInReply } from '../match/scope-prefix.js';
import { townBodies } from './town-body.js';
import { zoneCommittees } from './zone-committee.js';
import { congressCommittees } from './congress-committee.js';

/** Words that join two bodies of one enumeration: 泉州市委、市政府; 省人社厅和省财政厅. */
const COORDINATORS = '、和及与';

/**
 * The place of a bare-prefixed body written right after a body of a named
 * place of the same level, joined by 、 or 和: 泉州市委、市政府 in a 晋江
 * reply is 泉州's government, not 晋江's.
 */
function placeOfCoordinated(text: string, previous: AgencyHit | null, h: AgencyHit): Division | null {
  if (!previous?.place || previous.scopeChar || previous.end + 1 !== h.start || !COORDINATORS.includes(text[previous.end]!)) return null;
  return LEVEL_OF[previous.place.level] === h.scope ? previous.place : null;
}


/** The session and body of a session name, after its place: 第十三届委员会, 五届人大. */
const SESSION_TAIL = /(第?[一二三四五六七八九十百〇0-9]+届)(人大|人民代表大会|政协|委员会)/gu;

/** The scope word right before `at` (自治区 before 区: 自治区十四届人大 is the region's), if it starts at or after `after`. */
function scopeWordBefore(window: string, at: number, after: number): string | null {
  return scopeWords().find((w) => at - w.length >= after && window.startsWith(w, at - w.length)) ?? null;
}

let scopeWordList: string[] | null = null;
function scopeWords(): string[] {
  return (scopeWordList ??= Object.values(agencyTable().scopes).flat().sort((a, b) => b.length - a.length));
}
/** The sitting after a session's body: 三次会议. */
const SITTING = /^第?[一二三四五六七八九十0-9]+次会议/u;
const CPPCC_EDITION_FIRST = /政协第?[一二三四五六七八九十百〇0-9]+届/gu;

/**
 * The bodies of a session name: 市五届人大 → {place}人民代表大会, 政协邯郸市第十三届委员会 → 政协邯郸市委员会.
 * Found from the session (…届 + body): the longest place name of the text
 * right before it, else a bare scope character, and 政协 before that.
 */
function sessionBodies(text: string, places: readonly { surface: string; division: Division }[], f: ReplyFields): Mention[] {
  const surfaces = [...new Set(places.map((p) => p.surface))].sort((a, b) => b.length - a.length);
  const out: Mention[] = [];
  // a session name holds 届: only the text around each 届 is searched
  for (const [from, to] of windowsAround(positionsOf(text, '届'), text.length, 40, 12)) {
    const window = text.slice(from, to);
    let after = 0;
    for (const m of window.matchAll(SESSION_TAIL)) {
      const at = m.index!;
      const where = surfaces.find((s) => at - s.length >= after && window.startsWith(s, at - s.length)) ?? scopeWordBefore(window, at, after);
      if (!where) {
        // a session with no place (转来的第八届人大三次会议) is the reply's own place's
        const body = m[2]!;
        if (body !== '委员会' && SITTING.test(window.slice(at + m[0].length))) {
          const start = from + at;
          out.push({ type: 'Agency', name: body === '政协' ? '政协{place}委员会' : '{place}人民代表大会', surface: m[0], start, end: start + m[0].length, source: 'agency-session', scope: 'own' });
          after = at + m[0].length;
        }
        continue;
      }
      const cppcc = at - where.length - 2 >= after && window.startsWith('政协', at - where.length - 2);
      const localStart = at - where.length - (cppcc ? 2 : 0);
      const localEnd = at + m[0].length;
      after = localEnd;
      const body = m[2]!;
      const template = cppcc || body === '政协' ? '政协{place}委员会' : body === '委员会' ? null : '{place}人民代表大会';
      if (!template) continue;
      const start = from + localStart;
      const surface = window.slice(localStart, localEnd);
      const division = places.find((p) => p.surface === where)?.division;
      const base = { type: 'Agency' as const, surface, start, end: start + surface.length, source: 'agency-session' };
      const scope = division ? null : scopeInReply(levelOfChar(where), where, f);
      if (division) out.push({ ...base, name: fillBody(template, division) });
      else if (scope) out.push({ ...base, name: template, scope });
    }
    // the edition before the place: 政协第十二届九江市委员会
    for (const m of window.matchAll(CPPCC_EDITION_FIRST)) {
      const rest = m.index! + m[0].length;
      const where = surfaces.find((s) => window.startsWith(`${s}委员会`, rest));
      const division = where ? places.find((p) => p.surface === where)?.division : undefined;
      if (!where || !division) continue;
      const start = from + m.index!;
      const surface = window.slice(m.index!, rest + where.length + 3);
      if (out.some((o) => o.start < start + surface.length && start < o.end)) continue;
      out.push({ type: 'Agency', surface, start, end: start + surface.length, source: 'agency-session', name: fillBody('政协{place}委员会', division) });
    }
  }
  return out;
}

/** Sorted positions where any of the strings starts in the text. */
function startsOf(text: string, strings: readonly string[]): number[] {
  const out = new Set<number>();
  for (const s of strings) for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.add(i);
  return [...out].sort((a, b) => a - b);
}

let genericTail: RegExp | null = null;

/** What follows the place in a body not in the table: 2–14 characters, then an agency suffix (…城市管理综合执法局). */
function genericTailRe(): RegExp {
  if (genericTail) return genericTail;
  const t = agencyTable();
  const stops = escapeRegExp(t.genericStops.replace('和', ''));
  const suffixes = t.genericSuffixes.map(escapeRegExp).join('|');
  return (genericTail = new RegExp(`([^${stops}\\s\\d\\p{P}]{2,14}?)(${suffixes})(?![\\p{Script=Han}]{0,1}(?:法|长|内|里|面|属))`, 'uy'));
}

/**
 * Bodies not in the table, written with a full place name and an agency suffix
 * (临沂市城市管理综合执法局): the name as written. Lower priority than the table.
 * Tried only where a full place name starts, longest name first, left to
 * right and not overlapping.
 */
function genericBodies(text: string, places: readonly { surface: string; division: Division }[]): Mention[] {
  const full = places.filter((p) => p.surface === p.division.name || p.surface.endsWith(p.division.name));
  if (!full.length) return [];
  const surfaces = [...new Set(full.map((p) => p.surface))].sort((a, b) => b.length - a.length);
  const re = genericTailRe();
  const out: Mention[] = [];
  let from = 0;
  for (const pos of startsOf(text, surfaces)) {
    if (pos < from) continue;
    for (const surface of surfaces) {
      if (!text.startsWith(surface, pos)) continue;
      re.lastIndex = pos + surface.length;
      const m = re.exec(text);
      if (!m) continue;
      from = re.lastIndex;
      const [, middle, suffix] = m as unknown as [string, string, string];
      if (/[与及的]/u.test(middle) || agencyTable().genericStopWords.some((w) => middle.includes(w)) || agencyTable().genericNotEndings.some((e) => (middle + suffix).endsWith(e))) break;
      const division = full.find((p) => p.surface === surface)!.division;
      const name = gazetteer().qualifiedName(division) + middle + suffix;
      out.push({ type: 'Agency', name, surface: text.slice(pos, from), start: pos, end: from, source: 'agency-suffix' });
      break;
    }
  }
  return out;
}

/**
 * The Agency mentions of a text (a reply, or a name inside it such as a cited
 * document's title; `offset` is where that text starts in the reply).
 * Names written with a bare 市/省/县 prefix keep {place} and a scope for resolve/.
 */
export function agencyMentions(text: string, f: ReplyFields, offset = 0): Mention[] {
  const places = resolvedPlaces(text, { province: f.province, city: f.city });
  const quoted = quotedSpans(text);
  const out: Mention[] = [];
  let previous: AgencyHit | null = null;
  for (const h of findAgencies(text, places)) {
    if (insideLonger(quoted, h.start, h.end)) continue;
    const place = h.scopeChar ? placeOfCoordinated(text, previous, h) : null;
    previous = h;
    if (place) {
      out.push({ type: 'Agency', name: fillBody(h.entry.name, place), surface: h.surface, start: offset + h.start, end: offset + h.end, source: 'agency' });
      continue;
    }
    // the level of the pattern that matched (区人社厅: the province's, 区财政局: the county's)
    const scope = h.scopeChar ? scopeInReply(h.scope, h.scopeChar, f) : h.scope;
    // 民政部办公厅, 国家发展改革委办公厅: a national body's general office
    const office = !hasPlaceholder(h.entry.name) && !h.entry.levels ? agencyTable().generalOffices.find((o) => text.startsWith(o, h.end) && !h.name.endsWith(o)) : undefined;
    if (office) {
      out.push({ type: 'Agency', name: h.name + office, surface: h.surface + office, start: offset + h.start, end: offset + h.end + office.length, source: 'agency' });
      continue;
    }
    out.push({ type: 'Agency', name: h.name, surface: h.surface, start: offset + h.start, end: offset + h.end, source: 'agency', ...(scope ? { scope } : {}) });
    // 自治区党委、政府: the government of the same place, its place left unwritten
    for (const rule of agencyTable().sharedPrefix) {
      if (h.entry.name !== rule.after || !text.startsWith(rule.written, h.end)) continue;
      const start = h.end + (COORDINATORS.includes(rule.written[0]!) ? 1 : 0);
      const name = h.place ? fillBody(rule.body, h.place) : scope ? rule.body : null;
      if (name) out.push({ type: 'Agency', name, surface: text.slice(start, h.end + rule.written.length), start: offset + start, end: offset + h.end + rule.written.length, source: 'agency', ...(scope ? { scope } : {}) });
    }
  }
  for (const m of sessionBodies(text, places, f)) if (!insideLonger(quoted, m.start, m.end)) out.push({ ...m, start: offset + m.start, end: offset + m.end });
  // a committee of the standing committee named by its words (选举联络人事任免工作委员会): over the shorter bodies the table found inside it
  for (const m of congressCommittees(text, f)) {
    if (insideLonger(quoted, m.start, m.end) || out.some((o) => o.start - offset <= m.start && m.end <= o.end - offset)) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start - offset >= m.start && out[k]!.end - offset <= m.end) out.splice(k, 1);
    out.push({ ...m, start: offset + m.start, end: offset + m.end });
  }
  // a generic name, a zone's committee or a town's government only where the table found nothing overlapping it
  for (const m of [...genericBodies(text, places), ...zoneCommittees(text, f), ...townBodies(text, f)]) {
    if (insideLonger(quoted, m.start, m.end) || out.some((o) => o.start - offset < m.end && m.start < o.end - offset)) continue;
    out.push({ ...m, start: offset + m.start, end: offset + m.end });
  }
  return out;
}

/**
 * Agency mentions: government, party and mass-organisation bodies of
 * lexicon/agencies (full names, place-prefixed and 市/省/县-prefixed short
 * forms, bare forms inside enumerations), and the 人大/政协 of a session name.
 * A body inside a quoted name (“省政府特殊津贴”) is not a mention.
 */
export const agency: Recognizer = {
  name: 'agency',
  priority: 50,
  recognize(ctx: ExtractContext): Mention[] {
    return agencyMentions(ctx.text, ctx.fields);
  },
};
