import type { SourceDoc } from '../ingest/types.js';
import type { Lexicons } from '../lexicon/index.js';
import type { ReplyFields } from '../ontology/index.js';
import type { Measure, Sentence } from './types.js';

/** What every recogniser sees of one reply. Built once per reply by extract/index.ts. */
export interface ExtractContext {
  doc: SourceDoc;
  text: string;
  sentences: Sentence[];
  /** reply metadata from the header (city and province drive prefix resolution) */
  fields: ReplyFields;
  measures: Measure[];
  lexicons: Lexicons;
}
