import type { Mention } from '../extract/index.js';
import type { EntityType } from '../ontology/index.js';

const TYPES: ReadonlySet<EntityType> = new Set(['Company', 'Organization', 'College']);

/**
 * A body the reply names in full once is that body wherever its full name is written: where a recogniser
 * found only a piece of it — its start (柳州钢铁集团 by its suffix, in 指导柳州钢铁集团防城港钢铁基地开展…, after
 * the reply had listed 柳州钢铁集团防城港钢铁基地 among its firms) or its end (氏乳业集团有限公司, cut at the 和 of
 * 与陕西和氏乳业集团有限公司) — the mention takes the full name, the name it had kept as an alias.
 */
export function extendToKnownNames(text: string, mentions: Mention[]): Mention[] {
  const known = new Map<EntityType, string[]>();
  for (const m of mentions) {
    if (!TYPES.has(m.type) || m.name !== m.surface) continue;
    const names = known.get(m.type) ?? [];
    if (!names.includes(m.name)) known.set(m.type, [...names, m.name]);
  }
  if (known.size === 0) return mentions;
  return mentions.map((m) => {
    if (!TYPES.has(m.type) || m.name !== m.surface) return m;
    // is the full name written around the piece, the piece at its place inside the name?
    const around = (n: string) => {
      for (let k = n.indexOf(m.surface); k >= 0; k = n.indexOf(m.surface, k + 1)) if (m.start >= k && text.startsWith(n, m.start - k)) return true;
      return false;
    };
    const longer = (known.get(m.type) ?? [])
      .filter((n) => n.length > m.surface.length && around(n))
      .sort((a, b) => b.length - a.length)[0];
    if (!longer) return m;
    // (the span stays the one the recogniser found, as every renaming keeps it: relation-ends.ts matches by it)
    const aliases = [...new Set([...(m.aliases ?? []), m.name])];
    return { ...m, name: longer, aliases };
  });
}
