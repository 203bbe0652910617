import type { Mention } from '../types.js';

/**
 * Choose among overlapping mentions: a longer span wins over one it contains,
 * then the higher-priority recogniser, then the earlier one. Mentions of the
 * same type and name at the same span are merged. One exception: a document
 * title cited inside another title (《关于印发〈X〉的通知》) is kept, since
 * both are documents; so is a lexicon program named in a cited title
 * (《推动产教融合校企合作倡议书》 names 产教融合), when it is short.
 */
/**
 * The longest program name kept inside a cited title: a scheme's name is
 * short (产教融合, 新型学徒制); a long phrase there is the title's subject
 * (《关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法》), worded
 * for the document, not a second mention of a scheme.
 */
const MAX_NESTED_PROGRAM = 10;

export function selectMentions(candidates: { mention: Mention; priority: number }[]): Mention[] {
  const sorted = [...candidates].sort(
    (a, b) => b.mention.end - b.mention.start - (a.mention.end - a.mention.start) || b.priority - a.priority || a.mention.start - b.mention.start,
  );
  const taken: Mention[] = [];
  const covered: [number, number][] = [];
  const nested: Mention[] = [];
  for (const { mention } of sorted) {
    if (covered.some(([s, e]) => mention.start < e && s < mention.end)) {
      const nestable = mention.type === 'Policy' || (mention.type === 'Program' && (mention.source === 'program-lexicon' || mention.source === 'program-brand') && mention.end - mention.start <= MAX_NESTED_PROGRAM);
      if (nestable && taken.some((t) => t.type === 'Policy' && t.start <= mention.start && mention.end <= t.end && t.end - t.start > mention.end - mention.start)) {
        if (!nested.some((n) => n.start === mention.start && n.end === mention.end)) nested.push(mention);
      }
      continue;
    }
    taken.push(mention);
    covered.push([mention.start, mention.end]);
  }
  return [...taken, ...nested].sort((a, b) => a.start - b.start || a.end - b.end);
}
