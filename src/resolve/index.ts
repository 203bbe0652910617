import type { Lexicons } from '../lexicon/index.js';
import type { ReplyExtraction } from '../extract/index.js';
import { addImpliedPlaces } from './implied-places.js';
import { locatedIn } from './located-in.js';
import { resolvePrefixes } from './prefixes.js';

export { resolvePrefixes, placeOfScope } from './prefixes.js';
export { addImpliedPlaces } from './implied-places.js';
export { locatedIn } from './located-in.js';

/**
 * Canonical names, aliases, administrative divisions and city prefixes:
 * turns an extraction's guesses into the names the graph uses.
 * Order: 市/省 prefixes → implied places → LOCATED_IN among the reply's places and bodies.
 */
export function resolveReply(x: ReplyExtraction, _lexicons: Lexicons): ReplyExtraction {
  const prefixed = resolvePrefixes(x.mentions, x.fields);
  const mentions = addImpliedPlaces(prefixed, x.fields);
  const relations = [...x.relations, ...locatedIn(mentions, x.fields)];
  return { ...x, mentions, relations };
}
