/**
 * The view state in the URL's query string, so a view can be shared:
 * graph, sel, hide, prov (repeated), city (repeated), min, measures, cmp1, cmp2,
 * cam (x,y,ratio,angle), present, tab. Names go through URLSearchParams, so
 * any character round-trips.
 */
import { defaultState, type MeasureFilter, type Tab, type ViewState } from './state.js';

const LIST_SEP = ',';
const TABS: readonly Tab[] = ['details', 'filters', 'table', 'compare'];
const MEASURES: readonly MeasureFilter[] = ['all', 'done', 'planned'];

function list(v: string | null): string[] {
  return v ? v.split(LIST_SEP).filter(Boolean) : [];
}
function round(n: number): string {
  return String(Math.round(n * 1e5) / 1e5);
}

/** Query string of a state; fields equal to the default are left out. */
export function stateToQuery(s: ViewState): string {
  const d = defaultState();
  const p = new URLSearchParams();
  if (s.graph) p.set('graph', s.graph);
  if (s.selected) p.set('sel', s.selected);
  if (s.hiddenTypes.join(LIST_SEP) !== d.hiddenTypes.join(LIST_SEP)) p.set('hide', s.hiddenTypes.join(LIST_SEP));
  for (const v of s.provinces) p.append('prov', v);
  for (const v of s.cities) p.append('city', v);
  if (s.minCities > 0) p.set('min', String(s.minCities));
  if (s.measures !== 'all') p.set('measures', s.measures);
  if (s.compare[0]) p.set('cmp1', s.compare[0]);
  if (s.compare[1]) p.set('cmp2', s.compare[1]);
  if (s.camera) p.set('cam', [s.camera.x, s.camera.y, s.camera.ratio, s.camera.angle].map(round).join(LIST_SEP));
  if (s.present) p.set('present', '1');
  if (s.tab !== d.tab) p.set('tab', s.tab);
  return p.toString();
}

/** State of a query string; malformed fields fall back to the default. */
export function queryToState(query: string): ViewState {
  const p = new URLSearchParams(query);
  const s = defaultState();
  s.graph = p.get('graph');
  s.selected = p.get('sel');
  if (p.has('hide')) s.hiddenTypes = list(p.get('hide'));
  s.provinces = p.getAll('prov').filter(Boolean);
  s.cities = p.getAll('city').filter(Boolean);
  const min = Number(p.get('min'));
  s.minCities = Number.isFinite(min) && min > 0 ? Math.floor(min) : 0;
  const m = p.get('measures') as MeasureFilter | null;
  if (m && MEASURES.includes(m)) s.measures = m;
  s.compare = [p.get('cmp1') || null, p.get('cmp2') || null];
  const cam = list(p.get('cam')).map(Number);
  if (cam.length === 4 && cam.every(Number.isFinite) && cam[2]! > 0) s.camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]!, angle: cam[3]! };
  s.present = p.get('present') === '1';
  const tab = p.get('tab') as Tab | null;
  if (tab && TABS.includes(tab)) s.tab = tab;
  return s;
}
