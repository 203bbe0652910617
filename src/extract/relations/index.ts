import type { ExtractContext } from '../context.js';
import type { Mention, Relation } from '../types.js';
import { hosts } from './hosts.js';
import { partnersWith } from './partners-with.js';

export { hosts } from './hosts.js';
export { partnersWith } from './partners-with.js';

/** One finder per relationship type, one file each. */
export const RELATION_FINDERS: readonly ((ctx: ExtractContext, mentions: readonly Mention[]) => Relation[])[] = [partnersWith, hosts];

/** Relationships stated in the text between entities (PARTNERS_WITH, HOSTS), each pair once (first evidence kept). */
export function extractRelations(ctx: ExtractContext, mentions: Mention[]): Relation[] {
  const seen = new Set<string>();
  const out: Relation[] = [];
  for (const find of RELATION_FINDERS) {
    for (const r of find(ctx, mentions)) {
      const key = `${r.type}|${r.from.type}|${r.from.name}|${r.to.type}|${r.to.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
  }
  return out;
}
