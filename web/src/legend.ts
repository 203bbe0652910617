/**
 * Legend: one entry per node type present, its colour and count; clicking an
 * entry hides or shows that type (the type filter).
 */
import { NODE_TYPE_INFO, type NodeType } from '../../src/ontology/index.js';
import { h, replace } from './dom.js';
import type { ViewerGraph } from './load.js';
import type { Store } from './state.js';
import { swatch, } from './search.js';
import { TYPE_COLORS } from './style.js';

export function typeCounts(graph: ViewerGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_k, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  return counts;
}

export function renderLegend(root: HTMLElement, counts: Map<string, number>, store: Store): void {
  const order = Object.keys(TYPE_COLORS);
  const types = [...counts.keys()].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const hidden = new Set(store.state.hiddenTypes);
  replace(root, ...types.map((t) => {
    const off = hidden.has(t);
    return h('button', {
      type: 'button', class: off ? 'legend-item off' : 'legend-item', dataset: { type: t },
      title: `${NODE_TYPE_INFO[t as NodeType] ?? t} — click to ${off ? 'show' : 'hide'}`,
      attrs: { 'aria-pressed': off ? 'false' : 'true' },
      on: { click: () => {
        const now = new Set(store.state.hiddenTypes);
        if (now.has(t)) now.delete(t);
        else now.add(t);
        store.update({ hiddenTypes: [...now].sort() });
      } },
    }, swatch(t), `${t} `, h('span', { class: 'count' }, counts.get(t) ?? 0));
  }));
}
