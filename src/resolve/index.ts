import type { Lexicons } from '../lexicon/index.js';
import type { ReplyExtraction } from '../extract/index.js';
import { resolveCanonicalNames } from './canonical.js';
import { renameRelationEnds } from './relation-ends.js';

export { renameRelationEnds } from './relation-ends.js';

/**
 * Canonical names, aliases, administrative divisions and city prefixes:
 * turns an extraction's guesses into the names the graph uses.
 */
export function resolveReply(x: ReplyExtraction, _lexicons: Lexicons): ReplyExtraction {
  const resolved = resolveCanonicalNames(x);
  return { ...resolved, relations: renameRelationEnds(x.relations, x.mentions, resolved.mentions) };
}
