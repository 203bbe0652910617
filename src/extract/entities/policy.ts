import data from '../../lexicon/policy-patterns.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import { nameStart } from './name-start.js';
import { windowsAround } from '../match/windows.js';
import { DIVISION_ENDS, leadingFullPlace } from '../match/places.js';
import { findQuoted } from './quotes.js';
import type { Recognizer } from './recognizer.js';

const QUALIFIERS = new RegExp(data.trailingQualifiers);
/** a policy package named by its count of articles: 人才振兴60条 */
const NICKNAME = new RegExp(data.articleNickname);
const DOCNO = new RegExp(data.docNumber, 'g');
const DOCNO_AT_START = new RegExp(`^${data.docNumber}`);
/** Where a document number can be: its bracketed year (〔2023〕); the pattern is only run around these. */
const DOCNO_ANCHOR = /[〔\[［【(（﹝]\s*(?:19|20)\d{2}/g;

/** Document numbers of a text (matches of DOCNO), searched only in windows around bracketed years. */
function* docNumbers(text: string): Generator<{ value: string; start: number }> {
  const anchors = [...text.matchAll(DOCNO_ANCHOR)].map((a) => a.index);
  for (const [from, to] of windowsAround(anchors, text.length, 64, 48)) for (const m of text.slice(from, to).matchAll(DOCNO)) yield { value: m[0], start: from + m.index };
}
const ENDINGS = [...data.titleEndings].sort((a, b) => b.length - a.length).join('|');
const UNQUOTED_TITLE = new RegExp(`(?:${data.unquotedTitleCues.join('|')})(关于[^，。；：、“”《》\\s]{4,${data.maxTitle}}?的(?:${ENDINGS}))(?=[^\\u4e00-\\u9fa5]|$|${data.citedNumberFollowers.join('|')}|部署)`, 'g');
/** An unquoted title that starts with its place's full name (落实江阴市高技能人才培养奖励办法，): the clause must end right after it. */
const PLACED_TITLE = new RegExp(`(?:${data.unquotedTitleCues.join('|')})([\\u4e00-\\u9fa5]{2,12}?[${DIVISION_ENDS}][\\u4e00-\\u9fa5]{4,30}?(?:${ENDINGS}))(?=[，。；,;])`, 'g');
const OPEN: Record<string, string> = { '《': '》', '〈': '〉', '<': '>', '＜': '＞' };

/** Is this the title of a document (ends with 方案/办法/通知 …, not a proposal or a book)? */
export function isDocumentTitle(title: string): boolean {
  const head = title.replace(QUALIFIERS, '').replace(/[（(][^（()）]*$/, '');
  if (data.titleExcludedEndings.some((e) => head.endsWith(e))) return false;
  // (or a package of articles named by their count: 《黑龙江省人才振兴60条》)
  return data.titleEndings.some((e) => head.endsWith(e)) || NICKNAME.test(head);
}

/** A proposal, report or book title: never a Policy. */
function isExcludedTitle(title: string): boolean {
  const head = title.replace(QUALIFIERS, '');
  return data.titleExcludedEndings.some((e) => head.endsWith(e));
}

/** Does an issuing verb (出台, 印发 …, optionally with 了) stand right before `pos`? */
function issuedBefore(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 5), pos).replace(/了$/, '');
  return data.quotedTitleVerbs.some((v) => before.endsWith(v));
}

interface Title {
  start: number;
  end: number;
  inner: string;
  depth: number;
}

/** opening bracket code unit → its closing bracket (0: none); a flat table, as the loop visits every character */
const CLOSE_OF = new Uint16Array(65536);
for (const [o, c] of Object.entries(OPEN)) CLOSE_OF[o.charCodeAt(0)] = c.charCodeAt(0);
const TITLE_OPEN = '《'.charCodeAt(0);
const NEWLINE = 10;

/** Bracketed titles 《…》 with the titles nested in them (〈…〉, <…>, 《…》). */
function bracketTitles(text: string): Title[] {
  const out: Title[] = [];
  const stack: { close: number; pos: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) stack.length = 0;
    else if (CLOSE_OF[c] && (c === TITLE_OPEN || stack.length)) stack.push({ close: CLOSE_OF[c]!, pos: i });
    else if (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.close === c) {
        stack.pop();
        if (i - top.pos - 1 <= data.maxTitle) out.push({ start: top.pos, end: i + 1, inner: text.slice(top.pos + 1, i), depth: stack.length });
      }
    }
  }
  return out;
}

function docNumberAt(text: string, pos: number): { start: number; end: number; value: string } | null {
  const m = /^\s*[（(]\s*/.exec(text.slice(pos, pos + 3));
  if (!m) return null;
  const d = DOCNO_AT_START.exec(text.slice(pos + m[0].length, pos + m[0].length + 64));
  if (!d) return null;
  const start = pos + m[0].length;
  return { start, end: start + d[0].length, value: d[0] };
}

/** Named documents: 《…》 titles (and titles nested in them), quoted titles after 制定/印发, document numbers. */
export const policy: Recognizer = {
  name: 'policy',
  priority: 80,
  recognize(ctx: ExtractContext): Mention[] {
    const text = ctx.text;
    const out: Mention[] = [];
    const usedNumbers = new Set<number>();
    const own = (t: string) => (ctx.fields.title ? t.replace(/[“”"]/g, '') === ctx.fields.title.replace(/[“”"]/g, '') : false);
    for (const t of bracketTitles(text)) {
      const name = t.inner.trim();
      if (own(name)) continue;
      const d = t.depth === 0 ? docNumberAt(text, t.end) : null;
      // 出台《X新政十条》, 印发《X》（…〔2023〕5号）: issued or numbered, a title is a document whatever its last word
      if (!isDocumentTitle(name) && !(t.depth === 0 && name.length >= 4 && !isExcludedTitle(name) && (d || issuedBefore(text, t.start)))) continue;
      const aliases: string[] = [];
      if (d) {
        aliases.push(d.value);
        usedNumbers.add(d.start);
      }
      out.push({ type: 'Policy', name, surface: t.inner, start: t.start + 1, end: t.end - 1, source: t.depth ? 'policy-nested' : 'policy-title', ...(aliases.length ? { aliases } : {}) });
    }
    for (const q of findQuoted(text, data.maxTitle)) {
      if (!((issuedBefore(text, q.start) && isDocumentTitle(q.inner)) || NICKNAME.test(q.inner)) || own(q.inner)) continue;
      out.push({ type: 'Policy', name: q.inner, surface: q.inner, start: q.start + 1, end: q.end - 1, source: 'policy-quote' });
    }
    // unquoted titles: 关于…的意见, and one opening with its place's full name (市委市政府工作方案 is no title)
    const unquoted = [...text.matchAll(UNQUOTED_TITLE), ...[...text.matchAll(PLACED_TITLE)].filter((m) => leadingFullPlace(m[1]!) !== null && !data.placedTitleExcludedEndings.some((e) => m[1]!.endsWith(e)))];
    for (const m of unquoted) {
      const name = m[1]!;
      const start = m.index! + m[0].length - name.length;
      if (own(name) || isExcludedTitle(name) || out.some((o) => o.start < start + name.length && start < o.end)) continue;
      out.push({ type: 'Policy', name, surface: name, start, end: start + name.length, source: 'policy-unquoted' });
    }
    for (const { value: raw, start: rawStart } of docNumbers(text)) {
      // the issuer's code starts after any verb before it (落实国办发〔2022〕13号 → 国办发〔2022〕13号)
      const bracket = raw.search(/[〔\[［【(（]/);
      const cut = nameStart(text, rawStart + bracket, 'company', { maxLen: bracket }) - rawStart;
      const value = raw.slice(cut);
      const start = rawStart + cut;
      if (usedNumbers.has(rawStart) || usedNumbers.has(start) || !/^[\u4e00-\u9fa5]/.test(value)) continue;
      if (ctx.fields.docNumber && value.replace(/\s/g, '') === ctx.fields.docNumber.replace(/\s/g, '')) continue;
      // cited numbers sit in parentheses or are called a document (…号文件); the reply's own number stands on its header line
      const inBrackets = /[（(]\s*$/.test(text.slice(Math.max(0, rawStart - 2), rawStart));
      const called = data.citedNumberFollowers.some((f) => text.startsWith(f, rawStart + raw.length));
      if (!inBrackets && !called) continue;
      out.push({ type: 'Policy', name: value, surface: value, start, end: start + value.length, source: 'policy-number' });
    }
    return out;
  },
};
