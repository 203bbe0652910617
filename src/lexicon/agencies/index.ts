import table from './agencies.json' with { type: 'json' };
import type { AgencyTable } from './types.js';

export type * from './types.js';

/** The bundled table of bodies and their short forms (agencies.json). */
export function agencyTable(): AgencyTable {
  return table as AgencyTable;
}

/** The canonical name of a body once its place is known: 中共{place}委员会 + 濮阳市 → 中共濮阳市委员会. */
export function fillPlace(template: string, place: string): string {
  return template.replaceAll('{place}', place);
}

/** Does a name still wait for its place (a bare 市/省/县 prefix not yet resolved)? */
export function hasPlaceholder(name: string): boolean {
  return name.includes('{place}');
}
