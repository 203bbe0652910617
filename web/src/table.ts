/**
 * "Programs across cities": every visible program with the number and names
 * of the cities that run it; sortable by clicking a header; a row selects it.
 */
import { h, replace } from './dom.js';
import type { GraphFacts } from './facts.js';
import type { ViewerGraph } from './load.js';

export interface ProgramRow { key: string; name: string; count: number; cities: string[] }
export type SortKey = 'name' | 'count';

export function programRows(graph: ViewerGraph, facts: GraphFacts, visible: Set<string>): ProgramRow[] {
  const rows: ProgramRow[] = [];
  graph.forEachNode((key, a) => {
    if (a.type !== 'Program' || !visible.has(key)) return;
    const cities = (facts.citiesRunning.get(key) ?? []).map((c) => graph.getNodeAttribute(c, 'name')).sort((x, y) => x.localeCompare(y, 'zh'));
    rows.push({ key, name: a.name, count: cities.length, cities });
  });
  return rows;
}

export function sortRows(rows: ProgramRow[], by: SortKey, descending: boolean): ProgramRow[] {
  const dir = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const c = by === 'count' ? a.count - b.count : a.name.localeCompare(b.name, 'zh');
    return dir * c || a.name.localeCompare(b.name, 'zh');
  });
}

export class ProgramTable {
  private by: SortKey = 'count';
  private descending = true;
  private rows: ProgramRow[] = [];

  constructor(private root: HTMLElement, private onSelect: (key: string) => void) {}

  update(graph: ViewerGraph, facts: GraphFacts, visible: Set<string>): void {
    this.rows = programRows(graph, facts, visible);
    this.render();
  }

  private header(label: string, by: SortKey): HTMLElement {
    const arrow = this.by === by ? (this.descending ? ' ▼' : ' ▲') : '';
    return h('th', { attrs: { 'data-sort': by, 'aria-sort': this.by === by ? (this.descending ? 'descending' : 'ascending') : 'none' }, on: { click: () => {
      if (this.by === by) this.descending = !this.descending;
      else [this.by, this.descending] = [by, by === 'count'];
      this.render();
    } } }, label + arrow);
  }

  private render(): void {
    const rows = sortRows(this.rows, this.by, this.descending);
    replace(this.root,
      h('p', { class: 'hint' }, `${rows.length} programs; click a header to sort, a row to select.`),
      h('table', { class: 'programs' },
        h('thead', null, h('tr', null, this.header('Program', 'name'), this.header('Cities', 'count'), h('th', null, 'Which'))),
        h('tbody', null, ...rows.map((r) => h('tr', { dataset: { key: r.key }, on: { click: () => this.onSelect(r.key) } },
          h('td', null, r.name), h('td', { class: 'num' }, r.count), h('td', { class: 'cities' }, r.cities.join('、')))))));
  }
}
