import cues from './cues.json' with { type: 'json' };
import type { Line } from './lines.js';
import { alternation } from '../match/regex.js';

const CLOSING: Record<string, string> = { '“': '”', '《': '》', '"': '"', '「': '」', '『': '』' };
const LEADS = cues.titleLead.filter((c) => c !== '关于');
// 您提出的关于…的建议收悉 (no quotes around it; quotes inside are kept: 关于打造“襄阳工匠”品牌…的建议)
const UNQUOTED = /提出的(关于[^，。；《》]{2,100}?的(?:建议|提案|议案))(?:[（(]第?[0-9０-９]+号[）)])?(?:已)?(?:收悉|悉)/u;

/** The text inside a quote opening at `open`, nested quotes of the same kind kept (“关于推进“人人持证”的建议”). */
function quoted(s: string, open: number): string | null {
  const o = s[open]!;
  const c = CLOSING[o]!;
  let depth = 0;
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === c && o !== c) {
      if (depth === 0) return s.slice(open + 1, i);
      depth--;
    } else if (s[i] === o && o !== c) depth++;
    else if (s[i] === c) return s.slice(open + 1, i);
  }
  return null;
}

/** The first quote opened within 20 characters after a lead word (提出的“…”, 期间提出的《…》). */
function afterLead(s: string): string | null {
  for (const lead of LEADS) {
    const at = s.indexOf(lead);
    if (at < 0) continue;
    // an unquoted title follows (提出的关于打造“襄阳工匠”品牌…的建议): its inner quote is not the title
    if (/^\s*关于/.test(s.slice(at + lead.length))) continue;
    for (let i = at + lead.length; i < Math.min(s.length, at + lead.length + 20); i++) {
      if (s[i] === '。') break;
      if (s[i]! in CLOSING) {
        const t = quoted(s, i);
        if (t && t.length >= 2) return t;
      }
    }
  }
  return null;
}

/** A quoted 关于…的建议/提案/议案 in a line. */
function quotedProposalTitle(s: string): string | null {
  for (let i = 0; i < s.length; i++) {
    if (!(s[i]! in CLOSING) || !s.startsWith('关于', i + 1)) continue;
    const t = quoted(s, i)?.trim();
    if (t && /(?:建议|提案|议案)$/.test(t)) return t;
  }
  return null;
}

const LABELLED = new RegExp(`^(?:${alternation(cues.titleLabels)})[:：]\\s*[《“"]?(.{2,100}?)[》”"]?\\s*$`, 'u');

/** The title of the suggestion or proposal, without quotes: after a label (提案题目：…), from the opening of the body, else from the header's title line (关于《…》的答复). */
export function findTitle(body: readonly Line[], header: readonly Line[]): string | null {
  for (const line of [...header, ...body.slice(0, 4)]) {
    const t = LABELLED.exec(line.clean)?.[1];
    if (t) return t.trim();
  }
  for (const line of body.slice(0, 4)) {
    const t = afterLead(line.raw) ?? UNQUOTED.exec(line.raw)?.[1];
    if (t) return t.trim();
  }
  // no lead word: 《关于加快发展家政服务业的建议》收悉
  for (const line of body.slice(0, 4)) {
    const t = quotedProposalTitle(line.raw);
    if (t) return t;
  }
  for (const line of header) {
    for (let i = 0; i < line.raw.length; i++) {
      if (line.raw[i]! in CLOSING && line.raw.startsWith('关于', i + 1)) {
        const t = quoted(line.raw, i);
        if (t) return t.trim();
      }
    }
  }
  return null;
}
