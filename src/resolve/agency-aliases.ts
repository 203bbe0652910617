import { agencyTable, type AgencyEntry } from '../lexicon/agencies/index.js';
import { gazetteer } from '../lexicon/divisions/index.js';
import type { Mention } from '../extract/types.js';

/** The entry and place of a canonical body name: 濮阳市人力资源和社会保障局 → ({place}人力资源和社会保障局, 濮阳市). */
function entryOf(name: string): { entry: AgencyEntry; place: string | null } | null {
  for (const entry of agencyTable().entries) {
    if (!entry.name.includes('{place}')) {
      if (entry.name === name) return { entry, place: null };
      continue;
    }
    const [head, tail] = entry.name.split('{place}') as [string, string];
    if (!name.startsWith(head) || !name.endsWith(tail) || name.length <= head.length + tail.length) continue;
    const place = name.slice(head.length, name.length - tail.length);
    if (gazetteer().lookup(place).length || /^\p{Script=Han}+[市省县区州]\p{Script=Han}+[区县市]$/u.test(place)) return { entry, place };
  }
  return null;
}

/**
 * The standard short forms of a body become its aliases, written with its place
 * in full: 濮阳市人社局 and 濮阳市人力资源社会保障局 for 濮阳市人力资源和社会保障局;
 * 人社部 for 人力资源和社会保障部. Surface forms seen stay aliases too.
 */
export function addAgencyAliases(mentions: readonly Mention[]): Mention[] {
  const cache = new Map<string, string[]>();
  return mentions.map((m) => {
    if (m.type !== 'Agency') return m;
    let aliases = cache.get(m.name);
    if (!aliases) {
      const found = entryOf(m.name);
      aliases = found ? found.entry.forms.filter((f) => (found.place !== null || !f.includes('{p}')) && !found.entry.notAliases?.includes(f)).map((f) => f.replaceAll('{p}', found.place ?? '')).filter((a) => a !== m.name) : [];
      cache.set(m.name, aliases);
    }
    if (!aliases.length) return m;
    return { ...m, aliases: [...new Set([...(m.aliases ?? []), ...aliases])] };
  });
}
