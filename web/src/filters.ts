/**
 * Filters: which nodes the view shows (types, provinces, cities, programs run
 * by at least N cities, planned or done measures), and the Filters tab that
 * edits them.
 */
import { h, replace } from './dom.js';
import { cityCount, type GraphFacts } from './facts.js';
import type { ViewerGraph } from './load.js';
import type { MeasureFilter, Store, ViewState } from './state.js';

/** Keys of the nodes the filters of `state` let through. */
export function visibleNodes(graph: ViewerGraph, facts: GraphFacts, state: ViewState): Set<string> {
  const hidden = new Set(state.hiddenTypes);
  const provinces = new Set(state.provinces);
  const cities = new Set(state.cities);
  const out = new Set<string>();
  graph.forEachNode((key, a) => {
    if (hidden.has(a.type)) return;
    if (provinces.size && ![...(facts.provincesOf.get(key) ?? [])].some((p) => provinces.has(p))) return;
    if (cities.size && ![...(facts.citiesOf.get(key) ?? [])].some((c) => cities.has(c))) return;
    if (state.minCities > 0 && a.type === 'Program' && cityCount(facts, key) < state.minCities) return;
    if (state.measures !== 'all' && a.type === 'Measure' && (a as { status?: unknown }).status !== state.measures) return;
    out.add(key);
  });
  return out;
}

function checkList(name: string, values: string[], chosen: string[], onChange: (v: string[]) => void): HTMLElement {
  const box = h('fieldset', { class: 'checklist', dataset: { filter: name } }, h('legend', null, name));
  for (const v of values) {
    const input = h('input', { type: 'checkbox', value: v, attrs: chosen.includes(v) ? { checked: '' } : {} });
    input.addEventListener('change', () => {
      const now = [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      onChange(now);
    });
    box.append(h('label', null, input, v));
  }
  return box;
}

/** Render the Filters tab into `root` for the current state. */
export function renderFilters(root: HTMLElement, facts: GraphFacts, store: Store): void {
  const s = store.state;
  const min = h('input', { type: 'number', value: String(s.minCities), attrs: { min: '0', step: '1', id: 'min-cities' } });
  min.addEventListener('change', () => store.update({ minCities: Math.max(0, Math.floor(Number(min.value) || 0)) }));
  const measures = h('select', { attrs: { id: 'measure-filter' } },
    ...(['all', 'done', 'planned'] as MeasureFilter[]).map((m) => h('option', { value: m, attrs: m === s.measures ? { selected: '' } : {} }, { all: 'all measures', done: 'done (已开展)', planned: 'planned (下一步)' }[m])));
  measures.addEventListener('change', () => store.update({ measures: measures.value as MeasureFilter }));
  replace(root,
    h('p', { class: 'hint' }, 'Node types: use the legend. No province or city ticked = all.'),
    h('label', { class: 'row' }, 'Programs run by at least ', min, ' cities'),
    h('label', { class: 'row' }, 'Measures: ', measures),
    checkList('Provinces', facts.provinceNames, s.provinces, (v) => store.update({ provinces: v })),
    checkList('Cities', facts.cityNames, s.cities, (v) => store.update({ cities: v })),
    h('button', { type: 'button', on: { click: () => store.update({ provinces: [], cities: [], minCities: 0, measures: 'all' }) } }, 'Clear filters'),
  );
}
