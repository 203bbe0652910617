import type { SourceDoc } from '../../ingest/types.js';
import type { ReplyFields } from '../../ontology/index.js';
import type { Sentence } from '../types.js';
import { emptyFields } from './fields.js';

export { emptyFields } from './fields.js';

/** Read the reply's metadata (agency, place, doc number, date, proposal, proposers …). */
export function extractHeader(_doc: SourceDoc, _text: string, _sentences: Sentence[]): ReplyFields {
  return emptyFields();
}
