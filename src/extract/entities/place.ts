import { gazetteer } from '../../lexicon/divisions/index.js';
import type { ExtractContext } from '../context.js';
import { findPlaces } from '../match/places.js';
import { insideLonger, quotedSpans } from '../match/quotes.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';

/**
 * Province, City and County mentions: GB/T 2260 full names and safe short forms
 * (邯郸, 楚雄州), an ambiguous name (朝阳区, 鼓楼区) resolved by the reply's
 * city or province. A county named by two characters (范县, 和县) or shared by
 * several divisions counts only inside the reply's province, where it cannot be
 * a piece of another word (乡镇和县级); so does a short form inside a quoted
 * slogan (“新河文山农”).
 */
export const place: Recognizer = {
  name: 'place',
  priority: 40,
  recognize(ctx: ExtractContext): Mention[] {
    const g = gazetteer();
    const pc = { province: ctx.fields.province, city: ctx.fields.city };
    const quoted = quotedSpans(ctx.text);
    const out: Mention[] = [];
    for (const hit of findPlaces(ctx.text)) {
      const d = g.resolve(hit.surface, pc);
      if (!d) continue;
      // a short form inside a quoted slogan (“新河文山农”) names a place only in the reply's own province
      if (hit.surface !== d.name && insideLonger(quoted, hit.start, hit.end) && g.province(d).name !== ctx.fields.province) continue;
      if (d.level === 'County' && (hit.surface.length <= 2 || hit.divisions.length > 1) && g.province(d).name !== ctx.fields.province) continue;
      out.push({ type: d.level, name: d.name, surface: hit.surface, start: hit.start, end: hit.end, code: d.code, source: 'place' });
    }
    return out;
  },
};
