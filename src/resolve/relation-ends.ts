import type { Mention, Relation } from '../extract/index.js';

const spanKey = (m: Mention) => `${m.type}@${m.start}-${m.end}`;
const endKey = (e: Relation['from']) => `${e.type}|${e.name}`;

/**
 * Relations found by extract/relations name their ends as the recognisers did; once
 * resolve/ has renamed the mentions (省首届职业技能大赛 → 河北省首届职业技能大赛, 宏业控股 →
 * 宏业控股集团), rename the ends the same way, matching mentions by type and span, and
 * keep each (type, from, to) once.
 */
export function renameRelationEnds(relations: readonly Relation[], before: readonly Mention[], after: readonly Mention[]): Relation[] {
  const oldName = new Map<string, string>();
  for (const m of before) oldName.set(spanKey(m), m.name);
  const rename = new Map<string, string>();
  for (const m of after) {
    const old = oldName.get(spanKey(m));
    if (old !== undefined && old !== m.name) rename.set(`${m.type}|${old}`, m.name);
  }
  const seen = new Set<string>();
  const out: Relation[] = [];
  for (const r of relations) {
    const from = { ...r.from, name: rename.get(endKey(r.from)) ?? r.from.name };
    const to = { ...r.to, name: rename.get(endKey(r.to)) ?? r.to.name };
    const key = `${r.type}|${endKey(from)}|${endKey(to)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...r, from, to });
  }
  return out;
}
