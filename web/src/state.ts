/**
 * The view state: everything a shared URL restores (url-state.ts) and every
 * panel reads. One object, changed through `update`, observed by subscribers.
 */
import styleData from './data/style.json';

export type MeasureFilter = 'all' | 'done' | 'planned';
export type Tab = 'details' | 'filters' | 'table' | 'compare';

export interface CameraView { x: number; y: number; ratio: number; angle: number }

export interface ViewState {
  /** where the graph came from (URL); null for a picked or dropped file */
  graph: string | null;
  selected: string | null;
  hiddenTypes: string[];
  provinces: string[];
  cities: string[];
  /** hide programs run by fewer cities; 0 = off */
  minCities: number;
  measures: MeasureFilter;
  /** City node keys compared */
  compare: [string | null, string | null];
  camera: CameraView | null;
  present: boolean;
  tab: Tab;
}

export function defaultState(): ViewState {
  return {
    graph: null, selected: null, hiddenTypes: [...styleData.hiddenByDefault], provinces: [], cities: [], minCities: 0,
    measures: 'all', compare: [null, null], camera: null, present: false, tab: 'details',
  };
}

export type Listener = (state: ViewState, changed: ReadonlySet<keyof ViewState>) => void;

export class Store {
  private listeners: Listener[] = [];
  constructor(public state: ViewState) {}

  update(patch: Partial<ViewState>): void {
    const changed = new Set<keyof ViewState>();
    for (const k of Object.keys(patch) as (keyof ViewState)[]) {
      if (JSON.stringify(this.state[k]) !== JSON.stringify(patch[k])) changed.add(k);
    }
    if (!changed.size) return;
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state, changed);
  }

  subscribe(l: Listener): void {
    this.listeners.push(l);
  }
}
