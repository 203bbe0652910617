import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';
import { selectMentions } from './select.js';
import { agency } from './agency.js';
import { person } from './person.js';
import { place } from './place.js';
import { userLexicon } from './user-lexicon.js';

export type { Recognizer } from './recognizer.js';

/** Every recogniser, one per file in this folder. */
export const RECOGNIZERS: readonly Recognizer[] = [userLexicon, place, agency, person];

/** All entity mentions of a reply, overlaps resolved. */
export function recognizeEntities(ctx: ExtractContext, recognizers: readonly Recognizer[] = RECOGNIZERS): Mention[] {
  const candidates = recognizers.flatMap((r) => r.recognize(ctx).map((mention) => ({ mention, priority: r.priority })));
  return selectMentions(candidates);
}
