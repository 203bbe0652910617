/**
 * "Compare two cities": the programs both run, and those only one runs.
 */
import { h, replace } from './dom.js';
import type { GraphFacts } from './facts.js';
import type { ViewerGraph } from './load.js';
import type { Store } from './state.js';

export interface Comparison { shared: string[]; onlyA: string[]; onlyB: string[] }

export function compareCities(facts: GraphFacts, a: string, b: string): Comparison {
  const pa = new Set(facts.programsOf.get(a) ?? []);
  const pb = new Set(facts.programsOf.get(b) ?? []);
  return {
    shared: [...pa].filter((p) => pb.has(p)),
    onlyA: [...pa].filter((p) => !pb.has(p)),
    onlyB: [...pb].filter((p) => !pa.has(p)),
  };
}

export function renderCompare(root: HTMLElement, graph: ViewerGraph, facts: GraphFacts, store: Store, onSelect: (key: string) => void): void {
  const [a, b] = store.state.compare;
  const name = (k: string): string => graph.getNodeAttribute(k, 'name');
  const picker = (i: 0 | 1, value: string | null): HTMLSelectElement => {
    const sel = h('select', { attrs: { id: `compare-${i + 1}` } }, h('option', { value: '' }, '— city —'),
      ...facts.cityKeys.map((k) => h('option', { value: k, attrs: k === value ? { selected: '' } : {} }, name(k))));
    sel.addEventListener('change', () => {
      const next: [string | null, string | null] = [...store.state.compare];
      next[i] = sel.value || null;
      store.update({ compare: next });
    });
    return sel;
  };
  const column = (title: string, keys: string[], cls: string): HTMLElement =>
    h('section', { class: `cmp ${cls}` }, h('h3', null, `${title} (${keys.length})`),
      h('ul', null, ...keys.sort((x, y) => name(x).localeCompare(name(y), 'zh')).map((k) =>
        h('li', null, h('button', { type: 'button', class: 'node-link', dataset: { key: k }, on: { click: () => onSelect(k) } }, name(k))))));
  const body: HTMLElement[] = [];
  if (a && b && graph.hasNode(a) && graph.hasNode(b)) {
    const c = compareCities(facts, a, b);
    body.push(column('Shared programs', c.shared, 'shared'), column(`Only ${name(a)}`, c.onlyA, 'only-a'), column(`Only ${name(b)}`, c.onlyB, 'only-b'));
  } else body.push(h('p', { class: 'hint' }, 'Choose two cities.'));
  replace(root, h('div', { class: 'row' }, picker(0, a), ' vs ', picker(1, b)), ...body);
}
