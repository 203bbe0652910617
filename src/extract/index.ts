import type { SourceDoc } from '../ingest/types.js';
import type { Lexicons } from '../lexicon/index.js';
import type { ExtractContext } from './context.js';
import { recognizeEntities } from './entities/index.js';
import { readHeader } from './header/index.js';
import { extractMeasures } from './measures/index.js';
import { extractMetrics } from './metrics/index.js';
import { extractRelations } from './relations/index.js';
import { splitSentences } from './sentences/index.js';
import type { ReplyExtraction } from './types.js';

export type * from './types.js';
export type { ExtractContext } from './context.js';

/** Extract one reply: header, structure, entities, metrics and stated relations (before resolve/). */
export function extractReply(doc: SourceDoc, lexicons: Lexicons): ReplyExtraction {
  const text = doc.text;
  // structure first: sentences never cross the start of a measure
  const measures = extractMeasures(text);
  const sentences = splitSentences(text, measures.map((m) => m.start));
  const { fields, salutation } = readHeader(doc, text, sentences);
  const ctx: ExtractContext = { doc, text, sentences, fields, measures, lexicons };
  const mentions = recognizeEntities(ctx);
  const metrics = extractMetrics(ctx);
  const relations = extractRelations(ctx, mentions);
  return { id: doc.id, file: doc.file, length: text.length, text, fields, salutation, sentences, measures, mentions, metrics, relations };
}
