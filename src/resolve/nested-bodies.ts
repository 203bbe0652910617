import { agencyMentions } from '../extract/entities/agency.js';
import type { Mention } from '../extract/types.js';
import type { ReplyFields } from '../ontology/index.js';

/**
 * The bodies that issue a cited document are entities of the reply although
 * the Policy mention covers their words (《河南省人力资源和社会保障厅关于…的通知》,
 * 《关于贯彻落实<省委人才办、省人力社保厅…>的通知》): the overlap selection of
 * extract/ keeps the longer Policy, this adds the bodies named inside it.
 */
export function addNestedBodies(mentions: readonly Mention[], f: ReplyFields): Mention[] {
  const out = [...mentions];
  for (const m of mentions) {
    if (m.type !== 'Policy') continue;
    const inner = agencyMentions(m.surface, f, m.start).filter((a) => a.end - a.start < m.surface.length);
    out.push(...inner.map((a) => ({ ...a, source: 'agency-in-policy' })));
  }
  return out.length === mentions.length ? out : out.sort((a, b) => a.start - b.start || a.end - b.end);
}
