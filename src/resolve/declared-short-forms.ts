import type { Mention } from '../extract/index.js';
import type { EntityType } from '../ontology/index.js';

const TYPES: EntityType[] = ['Company', 'Organization', 'College'];
/** （以下简称柳钢集团）, （简称“五菱”） right after a name */
const DECLARED = /^[（(](?:以下简称|下称|简称)[“"]?([^”"）)，,、]{2,12})[”"]?[）)]/;

function withAlias(m: Mention, name: string): Mention {
  const aliases = [...new Set([...(m.aliases ?? []), m.surface, m.name].filter((a) => a !== name))];
  return { ...m, name, aliases };
}

/**
 * Short forms and second names a reply declares: 柳州钢铁集团有限公司（以下简称柳钢集团） makes every
 * mention of 柳钢集团 (of the same type) a mention of the full name; so does a body of the same type named
 * whole in brackets right after a name, its second name (亳州中药科技学校（亳州市技工学校）, a 技师学院 that is
 * also a 高级技工学校).
 */
export function resolveDeclaredShortForms(text: string, mentions: Mention[]): Mention[] {
  const full = new Map<string, { type: EntityType; name: string }>();
  for (const m of mentions) {
    if (!TYPES.includes(m.type)) continue;
    const d = DECLARED.exec(text.slice(m.end, m.end + 20));
    if (d && d[1] !== m.name) full.set(`${m.type}\u0000${d[1]}`, { type: m.type, name: m.name });
    const second = /[（(]/.test(text[m.end] ?? '') ? mentions.find((n) => n.type === m.type && n.start === m.end + 1 && /[）)]/.test(text[n.end] ?? '')) : undefined;
    if (second && second.name !== m.name) full.set(`${m.type}\u0000${second.name}`, { type: m.type, name: m.name });
  }
  if (full.size === 0) return mentions;
  return mentions.map((m) => {
    const f = full.get(`${m.type}\u0000${m.name}`);
    return f ? withAlias(m, f.name) : m;
  });
}
