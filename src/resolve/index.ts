import type { Lexicons } from '../lexicon/index.js';
import type { ReplyExtraction } from '../extract/index.js';
import { resolveCanonicalNames } from './canonical.js';

/**
 * Canonical names, aliases, administrative divisions and city prefixes:
 * turns an extraction's guesses into the names the graph uses.
 */
export function resolveReply(x: ReplyExtraction, _lexicons: Lexicons): ReplyExtraction {
  return resolveCanonicalNames(x);
}
