import cues from './cues.json' with { type: 'json' };
import type { ProposalKind } from '../../ontology/index.js';
import type { Line } from './lines.js';

/** What the header says of the suggestion or proposal answered. */
export interface ProposalInfo {
  kind: ProposalKind | null;
  number: string | null;
  session: string | null;
  /** the line that named it */
  line: Line | null;
}

const KINDS = Object.keys(cues.kinds).join('|');
/** A proposal number: digits, full-width digits, or Chinese numerals (第二〇二四〇一二三号, 第一百二十三号). */
const NUM = '[0-9０-９〇零一二三四五六七八九十百千]';
/** …with a year or a letter before it (第2024-087号, 第A087号) */
const NUMBER = `((?:[A-Za-zＡ-Ｚ][-－]?)?${NUM}+(?:[-－‐][0-9０-９]+)?)`;
const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The number as ASCII digits: 二〇二四〇一二三 → 20240123 (digit by digit), 一百二十三 → 123. */
export function numberOf(s: string): string {
  const n = s.normalize('NFKC');
  if (/^[0-9]+$/.test(n)) return n;
  if (!/[十百千]/.test(n)) return [...n].map((c) => CN_DIGIT[c] ?? c).join('');
  let total = 0;
  let digit = 0;
  for (const c of n) {
    const unit = c === '千' ? 1000 : c === '百' ? 100 : c === '十' ? 10 : 0;
    if (unit) {
      total += (digit || 1) * unit;
      digit = 0;
    } else digit = CN_DIGIT[c] ?? Number(c);
  }
  return String(total + digit);
}
// …会议 [期间|上提出的] [B类] 第77号 [代表|委员] 建议/提案 (您在市五届人大四次会议上提出的第86号建议)
const REFERENCE = new RegExp(`([^，。、；：:;“”《》（）()]*?会议)?(?:期间|上)?(?:提出的|提交的)?(?:[A-Za-zＡ-Ｚ]类)?第${NUMBER}号(?:代表|委员)?(${KINDS})`);
// …会议代表建议第123号 (the number after the kind)
const REFERENCE_AFTER = new RegExp(`([^，。、；：:;“”《》（）()]*?会议)(?:期间)?(?:代表|委员)?(${KINDS})第${NUMBER}号`);
const NUMBER_ONLY = new RegExp(`(${KINDS})[(（]第${NUMBER}号[)）]`);
/** Numbers of proposals answered together (第45号、第78号建议, 第45、78号建议): the first stands for them (the reference patterns read one). */
const MERGED_NUMBERS = new RegExp(`第${NUMBER}号?(?:[、，,和及与]第?${NUM}+(?:号(?=[、，,和及与]))?)+(?=号(?:代表|委员)?(?:${KINDS}))`, 'g');
const firstOfMerged = (s: string) => s.replace(MERGED_NUMBERS, (_, n: string) => `第${n}`);

function toKind(word: string): ProposalKind | null {
  return ((cues.kinds as Record<string, string>)[word] as ProposalKind | undefined) ?? null;
}

/** Cut what precedes the session name: the bureau and 关于/对, a body passing it on (市人社局对政协…会议 → 政协…会议; 市人大常委会转来的第八届人大…). */
function sessionOf(run: string | undefined): string | null {
  if (!run) return null;
  let s = run;
  for (const cue of cues.sessionLeads) {
    const i = s.lastIndexOf(cue);
    if (i >= 0) s = s.slice(i + cue.length);
  }
  return s.length > 2 ? s : null;
}

function kindOfSession(session: string | null): ProposalKind | null {
  if (!session) return null;
  for (const [word, kind] of Object.entries(cues.sessionKinds)) if (session.includes(word)) return kind as ProposalKind;
  return null;
}

const SESSION_LABEL = new RegExp(`^(?:${cues.sessionLabels.join('|')})[:：]\\s*(\\S.{2,40}会议)\\s*$`);

/**
 * Kind, number and session from the header's reference line (对政协…第三次会议第590号提案的答复);
 * a session the line does not name from a form-style header's label (会议名称：县十八届人大三次会议).
 */
export function findProposal(header: readonly Line[], body: readonly Line[]): ProposalInfo {
  const info = fromReference(header, body);
  if (info.session) return info;
  for (const line of header) {
    const m = SESSION_LABEL.exec(line.clean);
    if (m) return { ...info, session: m[1]! };
  }
  return info;
}

function fromReference(header: readonly Line[], body: readonly Line[]): ProposalInfo {
  for (let i = 0; i < header.length; i++) {
    const line = header[i]!;
    // a title may break the reference over two lines (…第十三届委员会 / 第三次会议第590号提案的答复)
    const joined = firstOfMerged(line.clean + (header[i + 1]?.clean ?? ''));
    const m = REFERENCE.exec(joined);
    if (m && m.index < line.clean.length) {
      const session = sessionOf(m[1]);
      return { kind: toKind(m[3]!), number: numberOf(m[2]!), session, line };
    }
    const a = REFERENCE_AFTER.exec(joined);
    if (a && a.index < line.clean.length) return { kind: toKind(a[2]!), number: numberOf(a[3]!), session: sessionOf(a[1]), line };
  }
  // no header line: the first reference in the opening of the body (提出的《…》的提案(第009号))
  for (const line of body.slice(0, 5)) {
    const m = REFERENCE.exec(line.clean) ?? null;
    if (m) return { kind: toKind(m[3]!), number: numberOf(m[2]!), session: sessionOf(m[1]), line };
    const n = NUMBER_ONLY.exec(line.clean);
    if (n) return { kind: toKind(n[1]!), number: numberOf(n[2]!), session: null, line };
  }
  return { kind: null, number: null, session: null, line: null };
}

/** The kind when no reference line names it: from the session (政协 → 提案, 人大 → 建议), else the last word of the title. */
export function kindFallback(session: string | null, title: string | null): ProposalKind | null {
  const fromSession = kindOfSession(session);
  if (fromSession) return fromSession;
  const word = title && Object.keys(cues.kinds).find((k) => title.endsWith(k));
  return word ? toKind(word) : null;
}
