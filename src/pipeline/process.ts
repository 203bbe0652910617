import { extractReply, type ReplyExtraction } from '../extract/index.js';
import type { SourceDoc } from '../ingest/types.js';
import type { Lexicons } from '../lexicon/index.js';
import { resolveReply } from '../resolve/index.js';

/** Version of the extractor's output; bump it whenever the extraction of the same text may change (cache key). */
export const EXTRACTOR_VERSION = '0.2.0';

/** One reply from clean text to a resolved extraction: the unit of work of a build (pure). */
export function processDoc(doc: SourceDoc, lexicons: Lexicons): ReplyExtraction {
  return resolveReply(extractReply(doc, lexicons), lexicons);
}
