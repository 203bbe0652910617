import cues from './cues.json' with { type: 'json' };
import type { Line } from './lines.js';
import { escapeRegExp } from '../match/regex.js';

/** The salutation line (张钢委员： / 尊敬的赵铁安、崔琳委员： / 民盟武侯区委员会：) and the proposers it names. */
export interface Salutation {
  line: Line;
  index: number;
  /** people named (empty when the salutation addresses a body) */
  proposers: string[];
  /** the body addressed (民盟武侯区委员会), when the proposal is a group's */
  body?: string;
  /** the reply's body goes on after the colon on the same line (其其格代表：您提出的…) */
  inline?: boolean;
}

const alt = (xs: readonly string[]) => xs.map(escapeRegExp).join('|');
/** What may open a salutation (尊敬的 …). */
const LEAD = `(?:${alt(cues.salutationLead)})?`;
/** What closes the names of one: 等3位, the honorific, 们, the colon. */
const ADDRESSED = `(?:等[0-9一二三四五六七八九十]*[位名]?)?(?:${alt(cues.honorifics)})(?:们)?[：:]`;
const SALUTATION = new RegExp(`^${LEAD}(.{2,60}?)${ADDRESSED}$`, 'u');
const SEPARATORS = new RegExp(`(?:${alt(cues.nameSeparators)})`);
const HONORIFIC_END = new RegExp(`(?:${alt(cues.honorifics)})$`);
/** a transliterated name, its parts joined by a middle dot (阿不都热合曼·买买提) */
const TRANSLITERATED = '\\p{Script=Han}{1,8}(?:[·•‧・]\\p{Script=Han}{1,8}){1,3}';
/** a Han name (张钢, 欧阳春梅) or a transliterated one */
const PERSON_NAME = new RegExp(`^(?:[\\p{Script=Han}·]{2,5}|${TRANSLITERATED})$`, 'u');
/** A salutation the body follows on the same line: 其其格代表：您提出的《…》收悉 (people named only). */
const INLINE_SALUTATION = new RegExp(`^${LEAD}(.{2,30}?)${ADDRESSED}(?=${alt(cues.inlineSalutationFollowers)})`, 'u');
const BODY_SALUTATION = new RegExp(`^${LEAD}(\\p{Script=Han}{2,30}(?:${alt(cues.organisationSalutationEnds)}))[：:]$`, 'u');

/** Punctuation between names, without the words (和, 及) a name may hold (巴图孟和). */
const PUNCTUATION_SEPARATORS = new RegExp(`(?:${alt(cues.nameSeparators.filter((x) => !/\p{Script=Han}/u.test(x)))})`, 'u');

/** Split 赵铁安、崔琳 (or 张三代表、李四代表, 张三和李四) into names; null when a part is not a person's name. */
export function namesOf(list: string): string[] | null {
  const valid = (parts: string[]) => parts.length > 0 && parts.every((p) => PERSON_NAME.test(p) && !cues.notProposer.some((w) => p.startsWith(w)));
  const clean = (parts: string[]) => parts.map((p) => p.replace(HONORIFIC_END, ''));
  const parts = clean(list.split(SEPARATORS));
  if (valid(parts)) return parts;
  // 和 or 及 inside a name, not between two (巴图孟和委员)
  const byPunctuation = clean(list.split(PUNCTUATION_SEPARATORS));
  return valid(byPunctuation) ? byPunctuation : null;
}

/** The people of a salutation that also addresses a body (民革吕梁市委员会、张晓东委员： → 张晓东); null when any other part is not a name. */
function namesBesideBodies(list: string): string[] | null {
  const parts = list.split(SEPARATORS);
  const bodies = parts.filter((p) => cues.organisationSalutationEnds.some((e) => p.endsWith(e)) && p.length > 3);
  if (!bodies.length) return null;
  return namesOf(parts.filter((p) => !bodies.includes(p)).join('、'));
}

/** The first salutation line among the opening lines of the reply. */
export function findSalutation(lines: readonly Line[], within: number): Salutation | null {
  for (let i = 0; i < Math.min(lines.length, within); i++) {
    const line = lines[i]!;
    // 尊敬的李明委员（民盟）： — a party or group in brackets is not part of the names
    const clean = line.clean.replace(/[（(][^）)]*[）)]/g, '');
    const m = SALUTATION.exec(clean);
    if (m) return { line, index: i, proposers: namesOf(m[1]!) ?? namesBesideBodies(m[1]!) ?? [] };
    const b = BODY_SALUTATION.exec(clean);
    if (b) return { line, index: i, proposers: [], body: b[1]! };
  }
  for (let i = 0; i < Math.min(lines.length, within); i++) {
    const line = lines[i]!;
    const m = INLINE_SALUTATION.exec(line.clean.replace(/[（(][^）)]*[）)]/g, ''));
    const names = m ? namesOf(m[1]!) : null;
    if (names) return { line, index: i, proposers: names, inline: true };
  }
  return null;
}

/** An honorific and a verb of proposing (委员提出, 代表领衔提出), after the names of the body's proposers. */
const PROPOSED_BY = new RegExp(`(?:等[0-9一二三四五六七八九十]*[位名]?)?(?:${alt(cues.honorifics)})(?:们)?(?:${alt(cues.bodyProposerVerbs)})`, 'gu');
/** a proposer's name in the body: a Han name of two to four characters, or a transliterated one */
const BODY_NAME = new RegExp(`^(?:\\p{Script=Han}{2,4}|${TRANSLITERATED})$`, 'u');

/** The names written right before `end`: back to punctuation or a word that ends a clause (您转来的, 由), split at 、和及. */
function namesBefore(text: string, end: number): string[] | null {
  let start = end;
  while (start > 0 && /[\p{Script=Han}·•‧・、]/u.test(text[start - 1]!)) start--;
  const run = text.slice(start, end);
  const cut = Math.max(...cues.bodyProposerLeads.map((w) => { const k = run.lastIndexOf(w); return k < 0 ? -1 : k + w.length; }));
  const parts = run.slice(Math.max(0, cut)).split(/[、和及]/);
  return parts.length && parts.every((p) => BODY_NAME.test(p) && !cues.bodyProposerNotNames.some((w) => p.includes(w))) ? parts : null;
}

/**
 * The proposers the first lines of the body name (吴建国委员提出的《…》收悉), for a reply whose
 * salutation names no person (a co-handling unit's opinion, 会办意见, is addressed to the unit in charge).
 */
export function proposersInBody(lines: readonly Line[]): string[] | null {
  for (const line of lines) {
    for (const m of line.clean.matchAll(PROPOSED_BY)) {
      const names = namesBefore(line.clean, m.index);
      if (names) return names;
    }
  }
  return null;
}

/** Is the reply a co-handling unit's opinion (关于…第113号提案的会办意见), its salutation the unit in charge? */
export function isCoHandling(header: readonly Line[]): boolean {
  return header.some((l) => cues.coHandlingTitles.some((c) => l.clean.includes(c)));
}
