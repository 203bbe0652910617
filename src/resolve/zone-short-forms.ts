import type { Mention } from '../extract/index.js';
import organizations from '../lexicon/organization-suffixes.json' with { type: 'json' };
import { agencyTable } from '../lexicon/agencies/index.js';

const SHORT_FORMS = Object.entries(organizations.zoneShortForms as Record<string, string[]>);

/**
 * Is `short` a development zone written short of `long` (肇庆高新区 ↔ 肇庆高新技术产业开发区, 达州经开区 ↔
 * 达州经济技术开发区)? The same words before the short ending as before one of its long forms, and the
 * same after (a committee's head): organization-suffixes.json zoneShortForms.
 */
export function isZoneShortForm(short: string, long: string): boolean {
  for (const [ending, longForms] of SHORT_FORMS) {
    for (let i = short.indexOf(ending); i >= 2; i = short.indexOf(ending, i + 1)) {
      const before = short.slice(0, i);
      const after = short.slice(i + ending.length);
      if (longForms.some((f) => long === before + f + after)) return true;
    }
  }
  return false;
}

/**
 * A zone's committee written with the zone short (肇庆高新区管委会) is the committee of the zone the reply
 * names in full (肇庆高新技术产业开发区, an Organization, or another committee's name): the committee takes
 * the full name, the short one an alias.
 */
export function resolveZoneCommittees(mentions: Mention[]): Mention[] {
  const heads = Object.values(agencyTable().zoneCommittees.headNames).concat(agencyTable().zoneCommittees.heads);
  const zones = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'Organization') zones.add(m.name);
    if (m.type === 'Agency' && m.source === 'agency-zone') {
      const head = heads.find((h) => m.name.endsWith(h));
      if (head) zones.add(m.name.slice(0, -head.length));
    }
  }
  return mentions.map((m) => {
    if (m.type !== 'Agency' || m.source !== 'agency-zone') return m;
    const head = heads.find((h) => m.name.endsWith(h));
    if (!head) return m;
    const zone = m.name.slice(0, -head.length);
    const full = [...zones].find((z) => isZoneShortForm(zone, z));
    if (!full) return m;
    const name = full + head;
    return { ...m, name, aliases: [...new Set([...(m.aliases ?? []), m.name, m.surface].filter((a) => a !== name))] };
  });
}
