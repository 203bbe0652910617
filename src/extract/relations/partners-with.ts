import type { ExtractContext } from '../context.js';
import type { Mention, Relation } from '../types.js';
import cues from './cues.json' with { type: 'json' };
import { mentionsIn } from './sentence-mentions.js';

/**
 * PARTNERS_WITH College → Company: one sentence names a college and a company
 * and says they cooperate (校企合作, 合作, 订单班, 新型学徒制, 共建, 冠名班 …).
 * Every college of the sentence is paired with every company of it.
 */
export function partnersWith(ctx: ExtractContext, mentions: readonly Mention[]): Relation[] {
  const out: Relation[] = [];
  for (const s of ctx.sentences) {
    if (!cues.partners.some((c) => s.text.includes(c))) continue;
    const inside = mentionsIn(mentions, s);
    const colleges = inside.filter((m) => m.type === 'College');
    const companies = inside.filter((m) => m.type === 'Company');
    for (const c of colleges) {
      for (const k of companies) {
        out.push({ type: 'PARTNERS_WITH', from: { type: 'College', name: c.name }, to: { type: 'Company', name: k.name }, evidence: { start: s.start, end: s.end } });
      }
    }
  }
  return out;
}
