import programs from '../../lexicon/programs.json' with { type: 'json' };
import type { LexiconEntry } from '../../lexicon/index.js';
import { Dictionary } from '../match/dictionary.js';

/** The bundled program lexicon (src/lexicon/programs.json). */
export const PROGRAMS = programs as LexiconEntry[];

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
