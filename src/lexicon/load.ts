import { readFileSync } from 'node:fs';
import { isEntityType } from '../ontology/index.js';
import type { LexiconEntry, Lexicons } from './types.js';

/** A lexicon file that is not valid: the message names the file and the problem. */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'LexiconError';
  }
}

/**
 * Parse and validate lexicon entries: a JSON array of {type, name, aliases?},
 * or an object {"entries": [...]}.
 */
export function parseLexicon(json: string, file: string): LexiconEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new LexiconError(file, `not valid JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(data) ? data : (data as { entries?: unknown })?.entries;
  if (!Array.isArray(list)) throw new LexiconError(file, 'expected a JSON array of {"type", "name", "aliases"} entries, or {"entries": [...]}');
  return list.map((raw, i) => {
    const e = raw as Partial<LexiconEntry>;
    if (!e || typeof e !== 'object') throw new LexiconError(file, `entry ${i} is not an object`);
    if (typeof e.type !== 'string' || !isEntityType(e.type)) throw new LexiconError(file, `entry ${i} (${String(e.name)}): unknown type ${JSON.stringify(e.type)}`);
    if (typeof e.name !== 'string' || !e.name.trim()) throw new LexiconError(file, `entry ${i}: "name" must be a non-empty string`);
    if (e.aliases !== undefined && !(Array.isArray(e.aliases) && e.aliases.every((a) => typeof a === 'string'))) {
      throw new LexiconError(file, `entry ${i} (${e.name}): "aliases" must be an array of strings`);
    }
    return { type: e.type, name: e.name.trim(), aliases: (e.aliases ?? []).map((a) => a.trim()).filter(Boolean), ...(e.note ? { note: e.note } : {}) };
  });
}

export function readLexiconFile(file: string): LexiconEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new LexiconError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseLexicon(text, file);
}

/** Load the lexicons: built-in data is read by each recogniser; this adds the user's files. */
export function loadLexicons(userFiles: readonly string[] = []): Lexicons {
  return { user: userFiles.flatMap(readLexiconFile), userFiles: [...userFiles] };
}
