import type { Mention } from '../types.js';

/**
 * The longest program name kept inside a cited title: a scheme's name is
 * short (产教融合, 新型学徒制); a long phrase there is the title's subject
 * (《关于进一步加强高技能人才与专业技术人才职业发展贯通的实施办法》), worded
 * for the document, not a second mention of a scheme.
 */
const MAX_NESTED_PROGRAM = 10;
/** …unless the title quotes it: the quote marks a name (《…关于实施职业技能提升行动“互联网+职业技能培训计划”的通知》) */
const MAX_QUOTED_NESTED_PROGRAM = 20;

/** Is the span set in quotes in the text (“…”)? */
function quotedSpan(text: string, m: Mention): boolean {
  return text[m.start - 1] === '“' && text[m.end] === '”';
}

/** Does `inner`, lying inside the longer `outer`, name a thing of its own there? */
function keptInside(inner: Mention, outer: Mention, text: string): boolean {
  switch (inner.type) {
    // a document cited inside another's title (《关于印发〈X〉的通知》)
    case 'Policy':
      return outer.type === 'Policy';
    // a known program a cited title names (《推动产教融合校企合作倡议书》 names 产教融合), or one it quotes
    // (《贵阳贵安人才强市“黔聚英才”行动计划》 names 黔聚英才)
    case 'Program':
      // (a quote that is the whole of a policy's mention, “龙江人才振兴60条”政策, names the policy alone)
      if (outer.type !== 'Policy' || inner.end - inner.start > (quotedSpan(text, inner) ? MAX_QUOTED_NESTED_PROGRAM : MAX_NESTED_PROGRAM)) return false;
      return inner.source === 'program-lexicon' || inner.source === 'program-brand' || ((inner.source === 'program-quote' || inner.source === 'program-title-quote') && inner.end - inner.start < outer.end - outer.start - 2);
    // the company that runs a school named after it (开滦（集团）有限责任公司技工学校)
    case 'Company':
      // (a …公司: 瑞安市职业中等专业教育集团学校 is the school of an education group, no company)
      return outer.type === 'College' && inner.source === 'company-suffix' && inner.start === outer.start && inner.name.endsWith('公司');
    // the honour a competition selects (…职业技能大赛暨“唐山工匠”选拔赛)
    case 'Award':
      return outer.type === 'Competition';
    default:
      return false;
  }
}

/** A known program that is a cited title as a whole (《技能人才薪酬分配指引》 names the document and the scheme). */
function sameTitle(inner: Mention, outer: Mention): boolean {
  return inner.type === 'Program' && outer.type === 'Policy' && inner.start === outer.start && inner.end === outer.end;
}

/**
 * Choose among overlapping mentions: a longer span wins over one it contains,
 * then the higher-priority recogniser, then the earlier one. Mentions of the
 * same type and name at the same span are merged. The exceptions (keptInside):
 * a document title cited inside another title, a short known program named in
 * a cited title, a company that names the school it runs, and the honour a
 * competition selects are kept inside the longer mention.
 */
export function selectMentions(candidates: { mention: Mention; priority: number }[], text = ''): Mention[] {
  const sorted = [...candidates].sort(
    (a, b) => b.mention.end - b.mention.start - (a.mention.end - a.mention.start) || b.priority - a.priority || a.mention.start - b.mention.start,
  );
  const taken: Mention[] = [];
  const covered: [number, number][] = [];
  const nested: Mention[] = [];
  for (const { mention } of sorted) {
    if (covered.some(([s, e]) => mention.start < e && s < mention.end)) {
      if (taken.some((t) => t.start <= mention.start && mention.end <= t.end && (t.end - t.start > mention.end - mention.start || sameTitle(mention, t)) && keptInside(mention, t, text))) {
        // one nested name a place: the longest (河钢集团唐钢公司, not also 河钢集团)
        if (!nested.some((n) => n.start <= mention.start && mention.end <= n.end && (n.type === mention.type || (n.start === mention.start && n.end === mention.end)))) nested.push(mention);
      }
      continue;
    }
    taken.push(mention);
    covered.push([mention.start, mention.end]);
  }
  return [...taken, ...nested].sort((a, b) => a.start - b.start || a.end - b.end);
}
