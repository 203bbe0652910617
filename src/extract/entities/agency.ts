import { fillPlace } from '../../lexicon/agencies/index.js';
import { gazetteer, type Division } from '../../lexicon/divisions/index.js';
import type { ExtractContext } from '../context.js';
import { findAgencies } from '../match/agencies.js';
import { findPlaces } from '../match/places.js';
import { insideLonger, quotedSpans } from '../match/quotes.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';

const SCOPE_CHARS: Record<string, 'province' | 'city' | 'county'> = { 省: 'province', 市: 'city', 州: 'city', 盟: 'city', 县: 'county', 区: 'county', 旗: 'county' };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The bodies of a session name: 市五届人大 → {place}人民代表大会, 政协邯郸市第十三届委员会 → 政协邯郸市委员会. */
function sessionBodies(text: string, places: readonly { surface: string; division: Division }[]): Mention[] {
  const placeAlt = places.map((p) => escape(p.surface)).sort((a, b) => b.length - a.length).join('|');
  const re = new RegExp(`(政协)?(${placeAlt ? `${placeAlt}|` : ''}[省市州盟县区旗])(第?[一二三四五六七八九十百〇0-9]+届)(人大|人民代表大会|政协|委员会)`, 'gu');
  const out: Mention[] = [];
  for (const m of text.matchAll(re)) {
    const [surface, cppcc, where, , body] = m as unknown as [string, string | undefined, string, string, string];
    const template = cppcc || body === '政协' ? '政协{place}委员会' : body === '委员会' ? null : '{place}人民代表大会';
    if (!template) continue;
    const start = m.index!;
    const division = places.find((p) => p.surface === where)?.division;
    const base = { type: 'Agency' as const, surface, start, end: start + surface.length, source: 'agency-session' };
    if (division) out.push({ ...base, name: fillPlace(template, division.name) });
    else out.push({ ...base, name: template, scope: SCOPE_CHARS[where]! });
  }
  return out;
}

/**
 * Agency mentions: government, party and mass-organisation bodies of
 * lexicon/agencies (full names, place-prefixed and 市/省/县-prefixed short
 * forms, bare forms inside enumerations), and the 人大/政协 of a session name.
 * A body inside a quoted name (“省政府特殊津贴”) is not a mention.
 */
export const agency: Recognizer = {
  name: 'agency',
  priority: 50,
  recognize(ctx: ExtractContext): Mention[] {
    const g = gazetteer();
    const pc = { province: ctx.fields.province, city: ctx.fields.city };
    const places = findPlaces(ctx.text).flatMap((h) => {
      const d = g.resolve(h.surface, pc);
      return d ? [{ surface: h.surface, division: d }] : [];
    });
    const quoted = quotedSpans(ctx.text);
    const out: Mention[] = [];
    for (const h of findAgencies(ctx.text, places)) {
      if (insideLonger(quoted, h.start, h.end)) continue;
      out.push({ type: 'Agency', name: h.name, surface: h.surface, start: h.start, end: h.end, source: 'agency', ...(h.scope ? { scope: h.scope } : {}) });
    }
    for (const m of sessionBodies(ctx.text, places)) if (!insideLonger(quoted, m.start, m.end)) out.push(m);
    return out;
  },
};
