import type { ExtractContext } from '../context.js';
import type { Mention, Relation } from '../types.js';

/** Relationships stated in the text between entities (PARTNERS_WITH, HOSTS). */
export function extractRelations(_ctx: ExtractContext, _mentions: Mention[]): Relation[] {
  return [];
}
