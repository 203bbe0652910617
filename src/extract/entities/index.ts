import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import { award } from './award.js';
import { balanceQuotes } from './balance-quotes.js';
import { college } from './college.js';
import { company } from './company.js';
import { competition } from './competition.js';
import { organization } from './organization.js';
import { policy } from './policy.js';
import { program } from './program.js';
import { proposalTitleSpans } from './proposal-title.js';
import type { Recognizer } from './recognizer.js';
import { selectMentions } from './select.js';
import { agency } from './agency.js';
import { person } from './person.js';
import { place } from './place.js';
import { userLexicon } from './user-lexicon.js';

export type { Recognizer } from './recognizer.js';

/** Every recogniser, one per file in this folder. */
export const RECOGNIZERS: readonly Recognizer[] = [userLexicon, policy, company, competition, program, award, college, organization, place, agency, person];

/** All entity mentions of a reply, overlaps resolved. */
export function recognizeEntities(ctx: ExtractContext, recognizers: readonly Recognizer[] = RECOGNIZERS): Mention[] {
  const skip = proposalTitleSpans(ctx);
  const candidates = recognizers
    .flatMap((r) => r.recognize(ctx).map((mention) => ({ mention: balanceQuotes(mention, ctx.text), priority: r.priority })))
    .filter(({ mention: m }) => !skip.some((s) => s.start <= m.start && m.end <= s.end));
  return selectMentions(candidates, ctx.text);
}
