/**
 * Facts the viewer derives once per loaded graph: degrees, which cities run
 * which programs (RUNS), and the cities and provinces each node belongs to
 * (through the replies that mention it).
 */
import { forEachEdgeOf, type LoadedGraph, type ViewerGraph } from './load.js';

export interface GraphFacts {
  degree: Map<string, number>;
  /** program key → keys of the City nodes that RUN it */
  citiesRunning: Map<string, string[]>;
  /** city key → program keys it RUNS */
  programsOf: Map<string, string[]>;
  /** node key → city names of its replies (and itself for a City) */
  citiesOf: Map<string, Set<string>>;
  /** node key → province names of its replies (and itself for a Province, its province for a City) */
  provincesOf: Map<string, Set<string>>;
  /** sorted names of all cities and provinces seen */
  cityNames: string[];
  provinceNames: string[];
  /** City node keys sorted by name */
  cityKeys: string[];
  types: string[];
}

function addTo(map: Map<string, Set<string>>, key: string, value: string | null | undefined): void {
  if (!value) return;
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  s.add(value);
}

/** Facts of a graph, counting the edges a large graph has not added yet (LoadedGraph.pendingEdges). */
export function computeFacts(graphOrLoaded: ViewerGraph | LoadedGraph): GraphFacts {
  const loaded: LoadedGraph = 'pendingEdges' in graphOrLoaded ? graphOrLoaded : { graph: graphOrLoaded, pendingEdges: null };
  const { graph } = loaded;
  const degree = new Map<string, number>();
  const citiesRunning = new Map<string, string[]>();
  const programsOf = new Map<string, string[]>();
  const citiesOf = new Map<string, Set<string>>();
  const provincesOf = new Map<string, Set<string>>();
  const replyPlace = new Map<string, { city: string | null; province: string | null }>();
  const types = new Set<string>();
  const cityKeys: string[] = [];

  graph.forEachNode((key, a) => {
    degree.set(key, 0);
    types.add(a.type);
    if (a.type === 'Reply') {
      const r = a as { id?: unknown; city?: unknown; province?: unknown };
      const id = typeof r.id === 'string' ? r.id : key.replace(/^Reply:/, '');
      replyPlace.set(id, { city: typeof r.city === 'string' ? r.city : null, province: typeof r.province === 'string' ? r.province : null });
    }
    if (a.type === 'City') {
      cityKeys.push(key);
      addTo(citiesOf, key, a.name);
    }
    if (a.type === 'Province') addTo(provincesOf, key, a.name);
  });
  const typeOf = (key: string): string => graph.getNodeAttribute(key, 'type');
  forEachEdgeOf(loaded, (type, source, target) => {
    degree.set(source, degree.get(source)! + 1);
    degree.set(target, degree.get(target)! + 1);
    if (type === 'RUNS' && typeOf(source) === 'City' && typeOf(target) === 'Program') {
      const c = citiesRunning.get(target) ?? [];
      if (!c.includes(source)) c.push(source);
      citiesRunning.set(target, c);
      const p = programsOf.get(source) ?? [];
      if (!p.includes(target)) p.push(target);
      programsOf.set(source, p);
    }
    if (type === 'LOCATED_IN' && typeOf(source) === 'City' && typeOf(target) === 'Province') addTo(provincesOf, source, graph.getNodeAttribute(target, 'name'));
  });
  graph.forEachNode((key, a) => {
    for (const r of a.replies ?? []) {
      const p = replyPlace.get(r);
      if (!p) continue;
      addTo(citiesOf, key, p.city);
      addTo(provincesOf, key, p.province);
    }
  });
  const byName = (k: string): string => String(graph.getNodeAttribute(k, 'name'));
  cityKeys.sort((a, b) => byName(a).localeCompare(byName(b), 'zh'));
  const all = (m: Map<string, Set<string>>): string[] => [...new Set([...m.values()].flatMap((s) => [...s]))].sort((a, b) => a.localeCompare(b, 'zh'));
  return {
    degree, citiesRunning, programsOf, citiesOf, provincesOf,
    cityNames: all(citiesOf), provinceNames: all(provincesOf), cityKeys, types: [...types],
  };
}

/** Number of cities that run a program (0 for any other node). */
export function cityCount(facts: GraphFacts, key: string): number {
  return facts.citiesRunning.get(key)?.length ?? 0;
}
