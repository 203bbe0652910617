import type { EntityType } from '../ontology/index.js';

/**
 * One lexicon entry: a canonical name and the surface forms that mean it.
 * This is the format of the bundled data files (src/lexicon/*.json) and of
 * user lexicons passed with `replygraph build --lexicon FILE`.
 */
export interface LexiconEntry {
  type: EntityType;
  /** canonical name */
  name: string;
  /** other surface forms (variants, short forms, provincial brands) */
  aliases?: string[];
  /** free-text note: field, level (national/provincial), source */
  note?: string;
}

/** Everything the extractor reads from data files, loaded once per process (or worker). */
export interface Lexicons {
  /** entries given by the user with --lexicon, matched in addition to the built-in data */
  user: LexiconEntry[];
  /** the files they came from, so that workers can load the same */
  userFiles: string[];
}
