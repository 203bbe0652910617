import cues from './cues.json' with { type: 'json' };
import { cleanLine, type Line } from './lines.js';

const alt = (xs: readonly string[]) => xs.map((x) => x.replace(/\s/g, '')).join('|');
const SIGNER = new RegExp(`(?:${alt(cues.signer)})[：:|]+([\\p{Script=Han}·]{2,17})`, 'u');
const CONTACT = new RegExp(`(?:${alt(cues.contact)})[：:|]+([\\p{Script=Han}·、]{2,30})`, 'u');
const NOT_NAME = new RegExp(`(?:${alt(cues.notName)}).*$`, 'u');
/** Characters that end the name of an office or unit (就业科, 办公室), never a person's. */
const UNIT_CHARACTER = new RegExp(`[${cues.unitCharacters}]`, 'u');
const GRADE = new RegExp(`(?:${alt(cues.grade)})[：:|]+([A-DＡ-Ｄ])类?`, 'u');

/** A name as written after a cue, cut before a following cue word (李晓光电话 → 李晓光). */
function cleanName(s: string): string | null {
  const n = s.replace(NOT_NAME, '');
  // a transliterated name joins its parts with a middle dot: 古丽娜尔·艾买提, 阿依古丽·买买提明
  if (n.includes('·')) return /^\p{Script=Han}{1,8}(?:·\p{Script=Han}{1,8})+$/u.test(n) && n.length <= 16 ? n : null;
  // Mongolian and Tibetan names run to five or six characters without a dot (乌云其其格, 格桑卓玛); a unit's name is no person's
  return n.length >= 2 && (n.length <= 4 || (n.length <= 6 && !UNIT_CHARACTER.test(n))) ? n : null;
}


const SIGNER_LINE = new RegExp(`^(?:${alt(cues.signerTitles)})[：:]([\\p{Script=Han}·]{2,17})$`, 'u');

/** 签发人：段升显 / 领导签发：王合章; else a line of its own 局长：任建军 */
export function findSigner(lines: readonly Line[]): string | null {
  for (const l of lines) {
    const m = SIGNER.exec(l.clean) ?? SIGNER.exec(tabbed(l));
    if (!m) continue;
    const name = cleanName(m[1]!);
    if (name) return name;
    // the label shares its line with another, set apart by a run of spaces (签发人：苟志强    办理结果：A类)
    for (const column of l.raw.split(/[ \t\u3000]{2,}/)) {
      const c = SIGNER.exec(cleanLine(column));
      const n = c && cleanName(c[1]!);
      if (n) return n;
    }
    return null;
  }
  for (const l of lines) {
    const m = SIGNER_LINE.exec(l.clean);
    if (m) return cleanName(m[1]!);
  }
  return null;
}

/**
 * Two names the line sets apart with spaces (联系人：陈丽君　林晓峰) were joined when the spaces went:
 * split where the raw line has a space between two parts of two to four characters each. Spaces
 * inside one name (王 伟) leave a part of one character and do not split it.
 */
function spacedApart(name: string, raw: string): string[] {
  if (name.includes('·')) return [name];
  for (let k = 2; k <= name.length - 2; k++) {
    const [a, b] = [name.slice(0, k), name.slice(k)];
    if (a.length <= 4 && b.length <= 4 && new RegExp(`${a}[\\s\u3000]+${b}`, 'u').test(raw)) return [a, b];
  }
  return [name];
}

/** 联系人：任伟 3115918 / (联系人:马兆柱,联系电话:…) / 联系人：张三、李四 — every contact named. */
export function findContacts(lines: readonly Line[]): string[] | null {
  const out: string[] = [];
  for (const l of lines) {
    // a name ends at a digit, a punctuation mark or a cue word (李玉兰电话：…; 王 伟 → 王伟)
    const m = CONTACT.exec(l.clean);
    if (!m) continue;
    for (const part of m[1]!.split('、')) {
      const n = cleanName(part);
      for (const name of n ? spacedApart(n, l.raw) : []) if (!out.includes(name)) out.push(name);
    }
  }
  return out.length ? out : null;
}

/** A line whose label and value a tab sets apart (a table's row: 办理结果\tB), read with the tab as the label's colon. */
function tabbed(l: Line): string {
  return l.raw.includes('\t') ? cleanLine(l.raw.replace(/\t+/g, '：')) : l.clean;
}

/**
 * 办理结果：A, or a lone letter line among the header lines. A grade under its label is one wherever it stands:
 * some replies state it at the end, above the signature (办理结果：A类), so `lines`, all of them, are read for it
 * after the header.
 */
export function findGrade(header: readonly Line[], lines: readonly Line[] = []): string | null {
  for (const l of [...header, ...lines]) {
    const m = GRADE.exec(l.clean) ?? GRADE.exec(tabbed(l));
    if (m) return m[1]!.normalize('NFKC');
  }
  // a line of its own: A, A类, （A类）
  for (const l of header) {
    const m = /^[（(]?([A-DＡ-Ｄ])类?[）)]?$/u.exec(l.clean);
    if (m) return m[1]!.normalize('NFKC');
  }
  // set apart by spaces at either end of another line (潍人社字〔2024〕30号　　　A类), or in brackets closing it
  // (…建议的办理答复（A类）)
  for (const l of header) {
    const m =
      /[\s\u3000][（(]?([A-DＡ-Ｄ])类[）)]?\s*$/u.exec(l.raw) ?? /^\s*[（(]?([A-DＡ-Ｄ])类[）)]?[\s\u3000]/u.exec(l.raw) ?? /[（(]([A-DＡ-Ｄ])类[）)]\s*$/u.exec(l.raw);
    if (m) return m[1]!.normalize('NFKC');
  }
  return null;
}
