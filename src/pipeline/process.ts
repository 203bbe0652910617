import { extractReply, type ReplyExtraction } from '../extract/index.js';
import type { SourceDoc } from '../ingest/types.js';
import type { Lexicons } from '../lexicon/index.js';
import { resolveReply } from '../resolve/index.js';

/** Version of the extractor's output; bump it whenever the extraction of the same text may change (cache key). */
export const EXTRACTOR_VERSION = '0.5.93';

/**
 * Evidence quotes the text as written: a reply read in Traditional script is
 * matched in Simplified (`doc.text`) but its sentences are cut from
 * `doc.original`, which has the same length, so spans stay valid for both.
 */
function quoteOriginal(x: ReplyExtraction, original: string | undefined): ReplyExtraction {
  if (!original || original === x.text || original.length !== x.text.length) return x;
  return { ...x, text: original, sentences: x.sentences.map((s) => ({ ...s, text: original.slice(s.start, s.end) })) };
}

/** One reply from clean text to a resolved extraction: the unit of work of a build (pure). */
export function processDoc(doc: SourceDoc, lexicons: Lexicons): ReplyExtraction {
  return quoteOriginal(resolveReply(extractReply(doc, lexicons), lexicons), doc.original);
}
