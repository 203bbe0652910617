import type { EntityNodeAttributes } from '../../ontology/index.js';
import type { ReplyGraph } from '../types.js';

export interface ProgramSpread {
  key: string;
  program: string;
  /** places that run it (City, County or Province names), sorted */
  places: string[];
  /** reply ids that mention it */
  replies: string[];
}

/** Programs with the places that run them (RUNS in-edges), most widespread first, then by name. */
export function programsAcrossCities(graph: ReplyGraph): ProgramSpread[] {
  const out: ProgramSpread[] = [];
  graph.forEachNode((key, a) => {
    if (a.type !== 'Program') return;
    const places = new Set<string>();
    graph.forEachInEdge(key, (_e, ea, source, _t, sa) => {
      if (ea.type === 'RUNS') places.add(sa.name);
    });
    out.push({ key, program: a.name, places: [...places].sort(), replies: (a as EntityNodeAttributes).replies });
  });
  return out.sort((x, y) => y.places.length - x.places.length || (x.program < y.program ? -1 : x.program > y.program ? 1 : 0));
}
