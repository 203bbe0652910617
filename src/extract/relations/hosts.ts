import type { ExtractContext } from '../context.js';
import type { EntityType } from '../../ontology/index.js';
import type { Mention, Relation, Span } from '../types.js';
import cues from './cues.json' with { type: 'json' };
import { mentionsIn } from './sentence-mentions.js';

const CLAUSE_BREAK = /[，,。；;！!？?]/;
const PLACE_TYPES: readonly EntityType[] = ['City', 'Province', 'County'];

/** The clauses of a sentence (split at ，；。), as spans of the text. */
function clauses(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  for (let i = s.start; i < s.end; i++) {
    if (CLAUSE_BREAK.test(text[i]!)) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < s.end) out.push({ start, end: s.end });
  return out;
}

/** The place the reply speaks for: its county, else its city, else its province. */
function replyPlace(ctx: ExtractContext): { type: EntityType; name: string } | null {
  const f = ctx.fields;
  if (f.county) return { type: 'County', name: f.county };
  if (f.city) return { type: 'City', name: f.city };
  if (f.province) return { type: 'Province', name: f.province };
  return null;
}

/**
 * HOSTS City/Province/County → Competition: a clause names a competition with a
 * hosting cue (承办, 举办, 在我市成功举办, 组织开展 …) before it or right after it. The host
 * is a place named just before the cue (浙江省举办…, 在衢州市举办…), else the reply's own
 * place (我市承办, a province's 大赛 hosted in the city, 全市…大赛). Clauses about taking
 * part (参加, 备战) with no host cue are skipped.
 */
export function hosts(ctx: ExtractContext, mentions: readonly Mention[]): Relation[] {
  const out: Relation[] = [];
  const own = replyPlace(ctx);
  for (const s of ctx.sentences) {
    const inside = mentionsIn(mentions, s);
    if (!inside.some((m) => m.type === 'Competition')) continue;
    for (const c of clauses(ctx.text, s)) {
      const clauseText = ctx.text.slice(c.start, c.end);
      const cueAt = Math.min(...cues.hosts.map((h) => clauseText.indexOf(h)).filter((i) => i >= 0));
      if (!Number.isFinite(cueAt)) continue;
      const cue = c.start + cueAt;
      const inClause = inside.filter((m) => m.start >= c.start && m.end <= c.end);
      const places = inClause.filter((m) => PLACE_TYPES.includes(m.type) && m.end <= cue && cue - m.end <= 2);
      const host = places.length > 0 ? { type: places[places.length - 1]!.type, name: places[places.length - 1]!.name } : own;
      if (!host) continue;
      for (const comp of inClause.filter((m) => m.type === 'Competition')) {
        const blocker = cues.hostBlockers.some((b) => {
          const i = clauseText.indexOf(b);
          return i >= 0 && c.start + i < comp.start && c.start + i > cue;
        });
        if (blocker) continue;
        out.push({ type: 'HOSTS', from: host, to: { type: 'Competition', name: comp.name }, evidence: { start: s.start, end: s.end } });
      }
    }
  }
  return out;
}
