import type { Lexicons } from '../lexicon/index.js';
import type { ReplyExtraction } from '../extract/index.js';
import { addAgencyAliases } from './agency-aliases.js';
import { resolveCanonicalNames } from './canonical.js';
import { addImpliedPlaces } from './implied-places.js';
import { locatedIn } from './located-in.js';
import { addNestedBodies } from './nested-bodies.js';
import { resolvePrefixes } from './prefixes.js';
import { renameRelationEnds } from './relation-ends.js';

export { renameRelationEnds } from './relation-ends.js';
export { resolvePrefixes, placeOfScope } from './prefixes.js';
export { addImpliedPlaces } from './implied-places.js';
export { locatedIn } from './located-in.js';
export { addNestedBodies } from './nested-bodies.js';
export { addAgencyAliases } from './agency-aliases.js';

/**
 * Canonical names, aliases, administrative divisions and city prefixes:
 * turns an extraction's guesses into the names the graph uses.
 * Order: bodies named inside cited documents → 市/省 prefixes of bodies → canonical names →
 * standard short forms of bodies as aliases → implied places →
 * relation ends renamed like their mentions, plus LOCATED_IN among the reply's places and bodies.
 */
export function resolveReply(x: ReplyExtraction, _lexicons: Lexicons): ReplyExtraction {
  const prefixed = { ...x, mentions: resolvePrefixes(addNestedBodies(x.mentions, x.fields), x.fields) };
  const resolved = resolveCanonicalNames(prefixed);
  const mentions = addImpliedPlaces(addAgencyAliases(resolved.mentions), x.fields);
  const relations = [...renameRelationEnds(x.relations, x.mentions, resolved.mentions), ...locatedIn(mentions, x.fields)];
  return { ...resolved, mentions, relations };
}
