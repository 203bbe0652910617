import { fillBody, hasPlaceholder } from '../../lexicon/agencies/index.js';
import { gazetteer, type Division } from '../../lexicon/divisions/index.js';
import { findAgencies } from '../match/agencies.js';
import { findPlaces, leadingPlace, resolvedPlaces } from '../match/places.js';
import { positionsOf } from '../match/windows.js';
import cues from './cues.json' with { type: 'json' };
import type { DocNumber } from './docnumber.js';
import type { Line } from './lines.js';

/** The issuing bureau and the division it belongs to. */
export interface Issuer {
  /** canonical name, or null when no place could be found for 市人社局 */
  agency: string | null;
  division: Division | null;
  /** where the bureau was named (null when inferred from the document number) */
  line: Line | null;
}

const LEVEL = { Province: 'province', City: 'city', County: 'county' } as const;

/** A piece of a line that is a bureau's name: 邯郸市人力资源和社会保障局, …局文件, or the head of 临汾市…局关于…的答复. */
function agencyPiece(piece: string): string | null {
  let s = piece.replace(/[#*>_`]/g, '');
  for (const suffix of cues.agencyLineSuffixes) if (s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  const cut = s.search(/关于|对(?=.*(?:答复|回复))/);
  if (cut > 0) s = s.slice(0, cut);
  else if (cut === 0) return null;
  if (s.length < 4 || s.length > 40 || !cues.agencySuffixes.some((x) => s.endsWith(x))) return null;
  return s;
}

/** The bureau a line names: the whole line, else one of its cells or labelled fields (信息来源：…局　发布时间：…). */
function agencyText(line: Line): string | null {
  const whole = agencyPiece(line.clean);
  if (whole && !/[：:|]/.test(whole)) return whole;
  for (const cell of line.raw.split(/[\s\u3000|]+/)) {
    const value = agencyPiece(cell.replace(/^.*[：:]/, ''));
    if (value) return value;
  }
  return null;
}

/** The place a bureau's name starts with (邯郸市武安市… → 武安市). */
export function leadingDivision(name: string): Division | null {
  return leadingPlace(name)?.division ?? null;
}

/**
 * The division of a name that starts with a place several divisions share
 * (鼓楼区: 南京, 福州, 徐州, 开封), chosen by the city or province the reply
 * names most; null when the text names none of them, or two as often.
 */
function namesakeIn(name: string, text: string): Division | null {
  const hit = findPlaces(name)[0];
  if (!hit || hit.start !== 0 || hit.divisions.length < 2) return null;
  const g = gazetteer();
  const scored = hit.divisions.map((d) => {
    const outer = g.city(d) ?? g.province(d);
    return { d, n: [outer.name, ...outer.shortForms].reduce((n, f) => n + (f.length >= 2 ? text.split(f).length - 1 : 0), 0) };
  });
  scored.sort((a, b) => b.n - a.n);
  return scored[0]!.n > 0 && scored[0]!.n > (scored[1]?.n ?? 0) ? scored[0]!.d : null;
}

/** Canonicalise a bureau's name as written (市人社局 + 三门峡市 → 三门峡市人力资源和社会保障局). */
function canonical(text: string, fallback: Division | null, replyText = ''): { agency: string | null; division: Division | null } {
  const division = leadingDivision(text) ?? namesakeIn(text, replyText) ?? fallback;
  // a name that starts with a district several cities share (西湖区…) is read in the city chosen for it
  const g = gazetteer();
  const places = resolvedPlaces(text, division ? { province: g.province(division).name, city: g.city(division)?.name ?? null } : {});
  const hit = findAgencies(text, places).find((h) => h.start === 0 && h.end === text.length);
  if (!hit) return { agency: division || !/^[市省县区州]/.test(text) ? text : null, division };
  if (!hasPlaceholder(hit.name)) return { agency: hit.name, division: hit.place ?? division };
  return { agency: division ? fillBody(hit.name, division) : null, division };
}

/** Cities and counties a document-number abbreviation may stand for (三人社 → 三门峡市, 三明市 …), the one the text names most. */
function divisionOfDocNumber(doc: DocNumber, text: string): Division | null {
  const g = gazetteer();
  const ch = doc.prefix[0]!;
  const level = doc.prefix[1];
  // 黔人社厅发: a provincial department's number, although 黔东南 starts with 黔 too
  const province = g.provinceByAbbreviation(ch);
  if (province && doc.prefix.includes('厅')) return province;
  const candidates = g.startingWith(ch).filter((d) => (level === '市' ? d.level === 'City' || d.name.endsWith('市') : level === '县' ? d.name.endsWith('县') : true));
  let best: Division | null = null;
  let bestCount = 0;
  const at = [...positionsOf(text, ch)];
  for (const d of candidates) {
    const count = [d.name, ...d.shortForms].reduce((n, f) => n + occurrences(text, f, at, ch), 0);
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best ?? cityOfNamedPlaces(candidates, text) ?? province;
}

/**
 * When the text never names the city an abbreviation stands for (黄人社 with
 * 黄石, 黄冈, 黄山 … unnamed), the one whose counties it names (大冶市, 阳新县
 * → 黄石市), else the only one in a province it names; null when that leaves
 * none or several.
 */
function cityOfNamedPlaces(candidates: readonly Division[], text: string): Division | null {
  const cities = candidates.filter((d) => d.level === 'City');
  if (cities.length === 0) return null;
  // the places the text names, as findPlaces reads them everywhere else; a county's name several share names none
  const hits = findPlaces(text);
  const counties = new Set(hits.filter((h) => h.divisions.length === 1 && h.divisions[0]!.level === 'County').map((h) => h.divisions[0]!));
  const votes = new Map<Division, number>();
  for (const county of counties) {
    const city = cities.find((c) => c.code === county.cityCode);
    if (city) votes.set(city, (votes.get(city) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 0) return ranked.length === 1 || ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : null;
  // a province named in full or by a short form (吉林 names the province as well as its namesake city)
  const provinces = new Set(hits.flatMap((h) => h.divisions).filter((d) => d.level === 'Province').map((d) => d.code));
  const inNamedProvince = cities.filter((c) => provinces.has(c.provinceCode));
  return inNamedProvince.length === 1 ? inNamedProvince[0]! : null;
}

/** Non-overlapping occurrences of `form` (as text.split counts them), tried only where its first character `ch` stands. */
function occurrences(text: string, form: string, at: readonly number[], ch: string): number {
  if (!form.startsWith(ch)) return text.split(form).length - 1;
  let n = 0;
  let end = 0;
  for (const i of at) {
    if (i < end || !text.startsWith(form, i)) continue;
    n++;
    end = i + form.length;
  }
  return n;
}

function agencyOfDocNumber(doc: DocNumber, division: Division): string | null {
  for (const [abbr, byLevel] of Object.entries(cues.docNumberDepartments)) {
    if (doc.prefix.includes(abbr)) return fillBody(byLevel[LEVEL[division.level]], division);
  }
  return null;
}

/**
 * The issuing bureau: a header line naming it (or the head of the title line),
 * else the signature line; its place from its name, else from the document
 * number's abbreviation (三人社 → 三门峡市 when the text names 三门峡).
 */
export function findIssuer(header: readonly Line[], footer: readonly Line[], doc: DocNumber | null, text: string): Issuer {
  const named = [...header, ...[...footer].reverse()].map((line) => ({ line, text: agencyText(line) })).filter((x) => x.text) as { line: Line; text: string }[];
  const fromDoc = doc ? divisionOfDocNumber(doc, text) : null;
  const first = named.find((x) => leadingDivision(x.text)) ?? named[0];
  if (first) {
    const { agency, division } = canonical(first.text, fromDoc, text);
    if (agency) return { agency, division, line: first.line };
  }
  if (doc && fromDoc) return { agency: agencyOfDocNumber(doc, fromDoc), division: fromDoc, line: null };
  return { agency: null, division: null, line: null };
}
