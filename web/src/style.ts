/**
 * Styling: colour by node type (src/ontology/node-colors.json, shared with the GEXF export), size by degree or, for
 * programs, by the number of cities that run them; the sigma reducers that
 * apply filters and fade everything outside the hovered or selected node's
 * neighbourhood.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { NODE_COLORS } from '../../src/ontology/palette.js';
import styleData from './data/style.json';
import { cityCount, type GraphFacts } from './facts.js';
import type { ViewerGraph } from './load.js';

export const TYPE_COLORS: Record<string, string> = NODE_COLORS;
export const STYLE = styleData;

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? STYLE.unknownTypeColor;
}

/** Labels longer than this many characters are cut with … (the details panel shows the whole name). */
export const MAX_LABEL_CHARS = 18;

export function shortLabel(name: string): string {
  const chars = [...name];
  return chars.length > MAX_LABEL_CHARS ? `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…` : name;
}

/** Set sigma's display attributes (label, color, size) on every node; keeps x/y. */
export function applyBaseStyle(graph: ViewerGraph, facts: GraphFacts): void {
  let maxDeg = 1;
  let maxCities = 1;
  for (const d of facts.degree.values()) maxDeg = Math.max(maxDeg, d);
  for (const c of facts.citiesRunning.values()) maxCities = Math.max(maxCities, c.length);
  const span = STYLE.maxNodeSize - STYLE.minNodeSize;
  graph.forEachNode((key, a) => {
    // programs by the number of cities that run them, when the graph has RUNS edges
    const v = a.type === 'Program' && facts.citiesRunning.size > 0 ? cityCount(facts, key) / maxCities : (facts.degree.get(key) ?? 0) / maxDeg;
    graph.mergeNodeAttributes(key, {
      label: shortLabel(a.name),
      color: typeColor(a.type),
      // measures and metrics are the replies' structure: drawn smaller than the entities
      size: (STYLE.minNodeSize + span * Math.sqrt(v)) * (a.type === 'Measure' || a.type === 'Metric' ? STYLE.structureSizeFactor : 1),
    });
  });
}

export interface Highlight {
  visible: Set<string>;
  /** hovered node, else selected node */
  focus: string | null;
  selected: string | null;
  neighbours: Set<string>;
  /**
   * Large graphs draw their nodes and labels in the first frame and their
   * edges in the next one (software WebGL spends most of a first frame
   * rasterising 100,000 edges); true until that second frame.
   */
  deferEdges?: boolean;
}

export function neighbourhood(graph: ViewerGraph, key: string | null): Set<string> {
  const s = new Set<string>();
  if (key && graph.hasNode(key)) graph.forEachNeighbor(key, (n) => s.add(n));
  return s;
}

type NodeData = Partial<NodeDisplayData> & Record<string, unknown>;
type EdgeData = Partial<EdgeDisplayData> & Record<string, unknown>;

/** Sigma passes a fresh shallow copy of the attributes: the reducers change it in place. */
export function nodeReducer(h: Highlight): (node: string, data: Record<string, unknown>) => NodeData {
  return (node, data) => {
    const res = data as NodeData;
    res.type = 'circle';
    if (!h.visible.has(node)) {
      res.hidden = true;
      return res;
    }
    if (h.focus) {
      if (node === h.focus || node === h.selected) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 2;
      } else if (h.neighbours.has(node)) {
        res.forceLabel = h.neighbours.size <= 40;
        res.zIndex = 1;
      } else {
        res.color = STYLE.fadedColor;
        res.label = null;
        res.zIndex = 0;
      }
    }
    return res;
  };
}

/** Edges of hidden nodes are not drawn by sigma; with a focus only the focus's edges are shown. */
export function edgeReducer(graph: ViewerGraph, h: Highlight): (edge: string, data: Record<string, unknown>) => EdgeData {
  return (edge, data) => {
    const res = data as EdgeData;
    res.type = 'line';
    if (h.deferEdges) {
      res.hidden = true;
      return res;
    }
    res.label = null;
    res.color = STYLE.edgeColor;
    if (h.focus) {
      const [s, t] = graph.extremities(edge);
      if (s === h.focus || t === h.focus) {
        res.color = STYLE.highlightEdgeColor;
        res.zIndex = 1;
      } else res.hidden = true;
    }
    return res;
  };
}
