import counts from './counts.json' with { type: 'json' };
import { nounAfter } from './noun-after.js';

/** Punctuation that closes the clause a figure belongs to (the enumeration comma 、 does not). */
const CLAUSE_BREAK = /[，,。；;：:！!？?（(）)\n]/;
const NOISE = /[\s\u3000“”"‘’《》「」*]/g;
const MAX = 24;

/** A time phrase opening the clause: 2019年以来, 从2017年起, 2022年, 2023年末, …实施以来 */
const TIME_PREFIX = /^.*以来|^从?(?:19|20)\d{2}年(?:起|至今|末|底|初|上半年|下半年|前\d{1,2}个?月)?|^截至[^，,]*?(?:底|末|目前)/;

/** An item number or a list bullet opening the clause (2.选树…, 3．落实…, - 募集…). */
const ITEM_NUMBER = /^(?:\d{1,2}[.．](?!\d)|[-•·])/;

function trim(s: string): string {
  let out = s.replace(NOISE, '').replace(ITEM_NUMBER, '').replace(TIME_PREFIX, '').replace(/^[、和及与]+/, '');
  for (let changed = true; changed; ) {
    changed = false;
    // longest matching word first, so that 共有 goes before 共 once 全县 is gone
    const keep = counts.trimStartKeeps.some((k) => out.startsWith(k) && !counts.trimStartKeepsNotBefore.includes(out[k.length] ?? '\0'));
    const start = keep ? undefined : counts.trimStart.filter((w) => out.startsWith(w)).sort((a, b) => b.length - a.length)[0];
    if (start) (out = out.slice(start.length)), (changed = true);
    for (const w of counts.trimEnd) if (out.endsWith(w)) (out = out.slice(0, -w.length)), (changed = true);
  }
  out = out.replace(/^[、和及与]+/, '');
  return counts.conjunctionEndKeeps.some((k) => out.endsWith(k)) ? out : out.replace(/[、和及与]+$/, '');
}

/** Where the phrase before a figure at `s` starts: a short bracketed note (示范镇街（园区）8个) is stepped over, not a clause break. */
function clauseStart(text: string, s: number, from: number): number {
  while (s > from) {
    const ch = text[s - 1]!;
    // a note right before the figure, or inside a name that goes on after it (各镇（街道）工业园区); not one closing an item (（企业职工）、)
    if ((ch === '）' || ch === ')') && (text[s] === undefined || /[\u4e00-\u9fa5\d]/.test(text[s]!))) {
      const open = Math.max(text.lastIndexOf('（', s - 2), text.lastIndexOf('(', s - 2));
      if (open >= from && s - 1 - open - 1 <= counts.bracketMaxLen && ![...text.slice(open + 1, s - 1)].some((c) => CLAUSE_BREAK.test(c))) {
        s = open;
        continue;
      }
    }
    if (CLAUSE_BREAK.test(ch)) break;
    s--;
  }
  return s;
}

/**
 * What a figure counts: the noun right after it when the figure quantifies it
 * (由1所院校携手3家企业 → 院校, 企业; 19个代表团2221名选手 → 代表团, 选手); else the phrase before it inside its clause (开展企业新型学徒制培训4859人),
 * trimmed of time phrases (2019年以来) and 全市/共/累计 …; when nothing is left, or the
 * figure is the object of a preposition (与36家企业开展合作), the phrase after it
 * (企业开展合作); a bare verb takes its object along (组织35名选手 → 组织选手).
 * `from` is where the clause may start at the earliest (the end of the previous figure).
 */
export function countsOf(text: string, start: number, end: number, from: number): string {
  return countsAndSource(text, start, end, from).counts;
}

/** countsOf, and whether the phrase is the noun right after the figure (then the next figure's clause starts after it). */
export function countsAndSource(text: string, start: number, end: number, from: number): { counts: string; nounAfter: boolean } {
  // a figure before a noun counts that noun (由1所院校携手3家企业, 19个代表团2221名选手)
  const noun = nounAfter(text, end);
  if (noun) return { counts: trim(noun) || noun, nounAfter: true };
  return { counts: phraseAround(text, start, end, from), nounAfter: false };
}

const BODY_END = /[委局厅部办院]/;

/** The phrase from its first lead verb (counts.json leadVerbs), when that leaves a verb and an object of at most MAX characters. */
function fromLeadVerb(phrase: string): string | null {
  let at = -1;
  for (const v of counts.leadVerbs) {
    // 建设 of 住房城乡建设委 names a body, it is no action
    for (let i = phrase.indexOf(v); i > 0; i = phrase.indexOf(v, i + 1)) {
      if (BODY_END.test(phrase[i + v.length] ?? '')) continue;
      if (at < 0 || i < at) at = i;
      break;
    }
  }
  const rest = at > 0 ? phrase.slice(at) : '';
  return rest.length >= 4 && rest.length <= MAX ? rest : null;
}

function phraseAround(text: string, start: number, end: number, from: number): string {
  const s = clauseStart(text, start, from);
  const raw = text.slice(s, start).replace(NOISE, '');
  const before = trim(raw);
  const prep = counts.prepositions.some((p) => raw.endsWith(p)) || counts.locatives.some((l) => before.endsWith(l));
  if (before.length > 2 && !prep) {
    // a long phrase, or one opening with a coverb (在A、B建成…), starts at its action
    const action = before.length > MAX || counts.coverbStarts.some((c) => before.startsWith(c)) ? fromLeadVerb(before) : null;
    if (action) return action;
    return before.length > MAX ? trim(before.slice(before.lastIndexOf('等', before.length - 3) + 1 || -MAX).slice(-MAX)) : before;
  }
  let e = end;
  while (e < text.length && !CLAUSE_BREAK.test(text[e]!) && !/[\d、]/.test(text[e]!) && e - end < MAX) e++;
  const after = trim(text.slice(end, e).replace(/^(?:以上|以下|左右|的)+/, ''));
  // a short verb before an object (组织35名选手) counts the verb with its object
  if (!prep && before.length > 0) return before + after;
  return after.length >= 1 ? after : before;
}
