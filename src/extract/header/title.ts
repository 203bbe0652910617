import cues from './cues.json' with { type: 'json' };
import type { Line } from './lines.js';

const alt = (xs: readonly string[]) => xs.join('|');
const OPEN = '“《"「『';
const CLOSE = '”》"」』';
// 您提出的“关于…的建议”收悉 / 期间提出的《关于…》的提案
const QUOTED = new RegExp(`(?:${alt(cues.titleLead.filter((c) => c !== '关于'))})[^${OPEN}。]{0,20}?[${OPEN}]([^${CLOSE}]{2,120})[${CLOSE}]`, 'u');
// 您提出的关于…的建议收悉 (no quotes)
const UNQUOTED = /提出的(关于[^，。；“”《》]{2,100}?的(?:建议|提案|议案))(?:已)?(?:收悉|悉)/u;
// header title line: 关于《…》的答复
const IN_TITLE_LINE = new RegExp(`[${OPEN}](关于[^${CLOSE}]{2,120})[${CLOSE}]`, 'u');

/** The title of the suggestion or proposal, without quotes: from the opening of the body, else from the header's title line. */
export function findTitle(body: readonly Line[], header: readonly Line[]): string | null {
  for (const line of body.slice(0, 4)) {
    const m = QUOTED.exec(line.raw) ?? UNQUOTED.exec(line.raw);
    if (m) return m[1]!.trim();
  }
  for (const line of header) {
    const m = IN_TITLE_LINE.exec(line.raw);
    if (m) return m[1]!.trim();
  }
  return null;
}
