import { EDGE_TYPES, NODE_TYPES } from '../ontology/index.js';

/** An edge group's place: by edge type, then source and target label, in ontology order. */
function edgeRank(type: string, from: string, to: string): [number, number, number] {
  return [EDGE_TYPES.indexOf(type as never), NODE_TYPES.indexOf(from as never), NODE_TYPES.indexOf(to as never)];
}

/** Compare two edge groups (type, from, to) the way outputs order them. */
export function compareEdgeGroups(x: { type: string; from: string; to: string }, y: { type: string; from: string; to: string }): number {
  const a = edgeRank(x.type, x.from, x.to);
  const b = edgeRank(y.type, y.from, y.to);
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * Spool group names ("n Label", "e TYPE.From.To") in output order: node
 * labels in ontology order, then edge groups (compareEdgeGroups). Null when
 * one is outside the ontology.
 */
export function orderGroups(groups: Iterable<string>): string[] | null {
  const nodes: string[] = [];
  const edges: { type: string; from: string; to: string; group: string }[] = [];
  for (const g of groups) {
    const name = g.slice(2);
    if (g.startsWith('n ')) {
      if (!NODE_TYPES.includes(name as never)) return null;
      nodes.push(g);
    } else {
      const [type, from, to] = name.split('.') as [string, string, string];
      if (!EDGE_TYPES.includes(type as never) || !NODE_TYPES.includes(from as never) || !NODE_TYPES.includes(to as never)) return null;
      edges.push({ type, from, to, group: g });
    }
  }
  nodes.sort((a, b) => NODE_TYPES.indexOf(a.slice(2) as never) - NODE_TYPES.indexOf(b.slice(2) as never));
  edges.sort(compareEdgeGroups);
  return [...nodes, ...edges.map((e) => e.group)];
}
