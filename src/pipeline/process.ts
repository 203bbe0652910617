import { extractReply, type ReplyExtraction } from '../extract/index.js';
import type { SourceDoc } from '../ingest/types.js';
import type { Lexicons } from '../lexicon/index.js';
import { resolveReply } from '../resolve/index.js';

/** Version of the extractor's output; bump it whenever the extraction of the same text may change (cache key). */
export const EXTRACTOR_VERSION = '0.6.33';

/**
 * Evidence quotes the text as written: a reply read in Traditional script, or with
 * straight quotes, is matched in Simplified with Chinese quotes (`doc.text`) but its
 * sentences, measures and figures are cut from `doc.original`, which has the same
 * length, so spans stay valid for both.
 */
function quoteOriginal(x: ReplyExtraction, original: string | undefined): ReplyExtraction {
  if (!original || original === x.text || original.length !== x.text.length) return x;
  // a piece of the matched text from `from` on, as written
  const asWritten = (piece: string, from: number): string => {
    const at = x.text.indexOf(piece, from);
    return at < 0 ? piece : original.slice(at, at + piece.length);
  };
  return {
    ...x,
    text: original,
    sentences: x.sentences.map((s) => ({ ...s, text: original.slice(s.start, s.end) })),
    measures: x.measures.map((m) => ({ ...m, heading: asWritten(m.heading, m.start), text: asWritten(m.text, m.start) })),
    metrics: x.metrics.map((m) => ({ ...m, surface: asWritten(m.surface, m.start) })),
  };
}

/** One reply from clean text to a resolved extraction: the unit of work of a build (pure). */
export function processDoc(doc: SourceDoc, lexicons: Lexicons): ReplyExtraction {
  return quoteOriginal(resolveReply(extractReply(doc, lexicons), lexicons), doc.original);
}
