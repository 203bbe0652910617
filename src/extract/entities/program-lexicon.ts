import programs from '../../lexicon/programs.json' with { type: 'json' };
import cues from '../../lexicon/program-cues.json' with { type: 'json' };
import type { LexiconEntry } from '../../lexicon/index.js';
import { Dictionary } from '../match/dictionary.js';

/** A province's short name as its skills brand writes it (技能河南, 技能龙江): program-cues.json skillsBrand.provinces. */
const PROVINCE = '{province}';

/** An alias holding {province} stands for one alias per province short name (人人持证、技能{province} → 人人持证、技能河南 …). */
function expandProvinces(entry: LexiconEntry): LexiconEntry {
  if (!entry.aliases?.some((a) => a.includes(PROVINCE))) return entry;
  const aliases = entry.aliases.flatMap((a) => (a.includes(PROVINCE) ? cues.skillsBrand.provinces.map((p) => a.replace(PROVINCE, p)) : [a]));
  return { ...entry, aliases: [...new Set(aliases)] };
}

/** The bundled program lexicon (src/lexicon/programs.json). */
export const PROGRAMS = (programs as LexiconEntry[]).map(expandProvinces);

let dict: Dictionary<LexiconEntry> | null = null;
let index: Map<string, LexiconEntry> | null = null;

/** Aho–Corasick dictionary of every program name and alias. */
export function programDictionary(): Dictionary<LexiconEntry> {
  return (dict ??= new Dictionary(PROGRAMS.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((p) => [p, e] as const))));
}

/** The program entry a name or alias (quotes ignored) belongs to. */
export function programByName(name: string): LexiconEntry | undefined {
  if (!index) {
    index = new Map();
    for (const e of PROGRAMS) for (const p of [e.name, ...(e.aliases ?? [])]) if (!index.has(p)) index.set(p, e);
  }
  return index.get(name.replace(/[“”"]/g, ''));
}
