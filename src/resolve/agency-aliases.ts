import { agencyTable, type AgencyEntry } from '../lexicon/agencies/index.js';
import { gazetteer } from '../lexicon/divisions/index.js';
import type { Mention } from '../extract/types.js';

interface Template { entry: AgencyEntry; head: string; tail: string }

let templates: { exact: Map<string, AgencyEntry>; placed: Template[] } | null = null;

/** The agency table split once: names without a place, and {place} (or {short}) templates as head + tail. */
function agencyTemplates(): { exact: Map<string, AgencyEntry>; placed: Template[] } {
  if (templates) return templates;
  const exact = new Map<string, AgencyEntry>();
  const placed: Template[] = [];
  for (const entry of agencyTable().entries) {
    // (a body of the state's own services names its port city short: {short}海事局)
    const placeholder = ['{place}', '{short}'].find((p) => entry.name.includes(p));
    if (!placeholder) {
      if (!exact.has(entry.name)) exact.set(entry.name, entry);
      continue;
    }
    const [head, tail] = entry.name.split(placeholder) as [string, string];
    placed.push({ entry, head, tail });
  }
  templates = { exact, placed };
  return templates;
}

/** The entry and place of a canonical body name: 濮阳市人力资源和社会保障局 → ({place}人力资源和社会保障局, 濮阳市). */
function entryOf(name: string): { entry: AgencyEntry; place: string | null } | null {
  const { exact, placed } = agencyTemplates();
  const entry = exact.get(name);
  if (entry) return { entry, place: null };
  for (const { entry, head, tail } of placed) {
    if (!name.startsWith(head) || !name.endsWith(tail) || name.length <= head.length + tail.length) continue;
    const place = name.slice(head.length, name.length - tail.length);
    if (gazetteer().lookup(place).length || /^\p{Script=Han}+[市省县区州]\p{Script=Han}+[区县市]$/u.test(place)) return { entry, place };
  }
  return null;
}

/** Aliases by canonical name, shared by every reply of a build (bounded: names of bodies recur across replies). */
const aliasCache = new Map<string, string[]>();
const ALIAS_CACHE_MAX = 20_000;

function aliasesOf(name: string): string[] {
  let aliases = aliasCache.get(name);
  if (aliases) return aliases;
  const found = entryOf(name);
  aliases = found
    ? found.entry.forms
        .filter((f) => (found.place !== null || !f.includes('{p}')) && !found.entry.notAliases?.includes(f))
        .map((f) => f.replaceAll('{p}', found.place ?? ''))
        .filter((a) => a !== name)
    : [];
  if (aliasCache.size >= ALIAS_CACHE_MAX) aliasCache.clear();
  aliasCache.set(name, aliases);
  return aliases;
}

/**
 * The standard short forms of a body become its aliases, written with its place
 * in full: 濮阳市人社局 and 濮阳市人力资源社会保障局 for 濮阳市人力资源和社会保障局;
 * 人社部 for 人力资源和社会保障部. Surface forms seen stay aliases too.
 */
export function addAgencyAliases(mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'Agency') return m;
    const aliases = aliasesOf(m.name);
    if (!aliases.length) return m;
    return { ...m, aliases: [...new Set([...(m.aliases ?? []), ...aliases])] };
  });
}
