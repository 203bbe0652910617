import table from './agencies.json' with { type: 'json' };
import { gazetteer, type Division } from '../divisions/index.js';
import type { AgencyTable } from './types.js';

export type * from './types.js';

/** The bundled table of bodies and their short forms (agencies.json). */
export function agencyTable(): AgencyTable {
  return table as AgencyTable;
}

/**
 * The canonical name of a body once its place is known: 中共{place}委员会 + 濮阳市 → 中共濮阳市委员会;
 * {short} is the place without its division word, as bodies of the state's own services name
 * their port city (舟山海事局, 宁波海关).
 */
export function fillPlace(template: string, place: string, short = place): string {
  return template.replaceAll('{place}', place).replaceAll('{short}', short);
}

/** The canonical name of a body of a division: the division's name as bodies write it ({place}) and its short form ({short}). */
export function fillBody(template: string, d: Division): string {
  return fillPlace(template, gazetteer().bodyPlaceName(d), shortPlaceName(d));
}

/** 舟山市 → 舟山; 楚雄彝族自治州 → 楚雄: the division's first short form, else its name without the division word. */
export function shortPlaceName(d: Division): string {
  return d.shortForms[0] ?? (d.name.length > 2 ? d.name.slice(0, -1) : d.name);
}

/** Does a name still wait for its place (a bare 市/省/县 prefix not yet resolved)? */
export function hasPlaceholder(name: string): boolean {
  return name.includes('{place}') || name.includes('{short}');
}
