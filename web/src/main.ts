/**
 * The viewer page: loads a graph.json (?graph=<url>, file picker, drag and
 * drop, default graph/graph.json), renders it with sigma, and keeps every
 * panel and the URL in step with the view state.
 */
import Sigma from 'sigma';
import { EdgeLineProgram, type NodeLabelDrawingFunction } from 'sigma/rendering';
import type { CameraState } from 'sigma/types';
import { renderCompare } from './compare.js';
import { renderDetails } from './details.js';
import { byId, h, replace } from './dom.js';
import { downloadGexf, downloadPng } from './export.js';
import { computeFacts, type GraphFacts } from './facts.js';
import { renderFilters, visibleNodes } from './filters.js';
import { attachLabelDrawer, drawLabelWithoutOverlap } from './labels.js';
import { LayoutWorker, initialLayout, SYNC_LAYOUT_MAX_ORDER } from './layout.js';
import { renderLegend, typeCounts } from './legend.js';
import { addPendingEdges, bindFileInputs, GraphLoadError, loadGraphFromFile, loadGraphFromUrl, loadTimings, type GraphShape, type LoadedGraph, type ViewerEdge, type ViewerGraph, type ViewerNode } from './load.js';
import { bindSearch, SearchIndex } from './search.js';
import { Store, type Tab, type ViewState } from './state.js';
import { applyBaseStyle, edgeReducer, neighbourhood, nodeReducer, STYLE, type Highlight } from './style.js';
import { ProgramTable } from './table.js';
import { queryToState, stateToQuery } from './url-state.js';
import './style.css';

type Renderer = Sigma<ViewerNode, ViewerEdge>;

export const DEFAULT_GRAPH_URL = 'graph/graph.json';
const LINE_EDGES_ABOVE = 20_000;
/** Graphs with more edges show nodes first and their edges one frame later. */
const DEFER_EDGES_ABOVE = 20_000;
/**
 * Such a graph's edges are not even imported before the first frame unless
 * the synchronous first layout needs them (a small graph without positions).
 */
const importEdgesLate = ({ order, size, positioned }: GraphShape): boolean =>
  size > DEFER_EDGES_ABOVE && (positioned || order > SYNC_LAYOUT_MAX_ORDER);

/** What tests and the benchmark read (window.replygraph). */
export interface ViewerHandle {
  ready: boolean;
  error: string | null;
  timings: Record<string, number>;
  layout: string;
  renderer: Renderer | null;
  graph: ViewerGraph | null;
  facts: GraphFacts | null;
  store: Store;
  visibleCount: () => number;
}

const store = new Store(queryToState(location.search));
const handle: ViewerHandle = { ready: false, error: null, timings: {}, layout: '', renderer: null, graph: null, facts: null, store, visibleCount: () => 0 };
(window as unknown as { replygraph: ViewerHandle }).replygraph = handle;

const container = byId('graph');
const status = byId('status');
const tabs: Record<Tab, HTMLElement> = { details: byId('tab-details'), filters: byId('tab-filters'), table: byId('tab-table'), compare: byId('tab-compare') };

let current: {
  graph: ViewerGraph; facts: GraphFacts; renderer: Renderer; layout: LayoutWorker; highlight: Highlight;
  table: ProgramTable; index: SearchIndex | null; counts: Map<string, number>; hovered: string | null;
} | null = null;

function showError(message: string): void {
  handle.error = message;
  status.className = 'error';
  replace(status, message);
}

function select(key: string | null, focusCamera = true): void {
  store.update({ selected: key, ...(key ? { tab: 'details' as Tab } : {}) });
  if (key && focusCamera && current?.graph.hasNode(key)) {
    const d = current.renderer.getNodeDisplayData(key);
    if (d) current.renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(current.renderer.getCamera().ratio, 0.4) }, { duration: 400 });
  }
}

function searchIndex(): SearchIndex {
  if (!current) throw new Error('no graph loaded');
  if (!current.index) {
    const { degree } = current.facts;
    current.index = new SearchIndex(current.graph, (k) => degree.get(k) ?? 0);
  }
  return current.index;
}

function updateFocus(): void {
  if (!current) return;
  const { highlight } = current;
  highlight.selected = store.state.selected;
  highlight.focus = current.hovered ?? store.state.selected;
  highlight.neighbours = neighbourhood(current.graph, highlight.focus);
  current.renderer.refresh({ skipIndexation: true });
}

function renderPanels(changed: ReadonlySet<keyof ViewState> | null): void {
  if (!current) return;
  const s = store.state;
  const all = changed === null;
  const filtersChanged = all || ['hiddenTypes', 'provinces', 'cities', 'minCities', 'measures'].some((k) => changed.has(k as keyof ViewState));
  if (filtersChanged) {
    current.highlight.visible = visibleNodes(current.graph, current.facts, s);
    current.table.update(current.graph, current.facts, current.highlight.visible);
    renderLegend(byId('legend'), current.counts, store);
    renderFilters(tabs.filters, current.facts, store);
    replace(byId('counts'), `${current.highlight.visible.size} / ${current.graph.order} nodes · ${current.graph.size} edges`);
  }
  if (all || changed.has('selected')) {
    renderDetails(tabs.details, current.graph, current.facts, s.selected, (k) => select(k));
  }
  if (all || changed.has('compare')) renderCompare(tabs.compare, current.graph, current.facts, store, (k) => select(k));
  if (all || changed.has('tab')) {
    for (const [t, el] of Object.entries(tabs)) el.hidden = t !== s.tab;
    for (const b of document.querySelectorAll<HTMLButtonElement>('#tabs button')) b.classList.toggle('active', b.dataset.tab === s.tab);
  }
  document.body.classList.toggle('present', s.present);
  if (!all && changed.has('present')) {
    current.renderer.setSetting('labelSize', s.present ? STYLE.presentationLabelSize : STYLE.labelSize);
    current.renderer.resize();
  }
  // at load the renderer was built with the filters; only a selection needs a refresh
  if (all ? s.selected !== null : filtersChanged || changed.has('selected')) updateFocus();
}

let urlTimer: ReturnType<typeof setTimeout> | undefined;
store.subscribe((_s, changed) => {
  renderPanels(changed);
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => history.replaceState(null, '', `${location.pathname}?${stateToQuery(store.state)}`), 150);
});

function start(loaded: LoadedGraph, source: string, t0: number): void {
  if (current) {
    current.layout.kill();
    current.renderer.kill();
    current = null;
  }
  const { graph } = loaded;
  const edgeCount = graph.size + (loaded.pendingEdges?.length ?? 0);
  const t1 = performance.now();
  const facts = computeFacts(loaded);
  handle.layout = initialLayout(graph);
  applyBaseStyle(graph, facts);
  const t2 = performance.now();
  const highlight: Highlight = { visible: visibleNodes(graph, facts, store.state), focus: null, selected: null, neighbours: new Set(), deferEdges: edgeCount > DEFER_EDGES_ABOVE };
  document.body.classList.toggle('present', store.state.present);
  const renderer: Renderer = new Sigma<ViewerNode, ViewerEdge>(graph, container, {
    nodeReducer: nodeReducer(highlight),
    edgeReducer: edgeReducer(graph, highlight),
    labelFont: STYLE.labelFont,
    labelSize: store.state.present ? STYLE.presentationLabelSize : STYLE.labelSize,
    labelWeight: '500',
    defaultDrawNodeLabel: drawLabelWithoutOverlap as NodeLabelDrawingFunction<ViewerNode, ViewerEdge>,
    labelDensity: STYLE.labelDensity,
    labelGridCellSize: STYLE.labelGridCellSize,
    labelRenderedSizeThreshold: STYLE.labelRenderedSizeThreshold,
    hideEdgesOnMove: edgeCount > 20_000,
    zIndex: edgeCount <= 20_000,
    defaultEdgeType: 'line',
    // big graphs: 1-pixel GL lines instead of antialiased rectangles (much cheaper to rasterise)
    ...(edgeCount > LINE_EDGES_ABOVE ? { edgeProgramClasses: { line: EdgeLineProgram } } : {}),
  });
  current = { graph, facts, renderer, layout: new LayoutWorker(graph), highlight, table: new ProgramTable(tabs.table, (k) => select(k)), index: null, counts: typeCounts(graph), hovered: null };
  handle.graph = graph;
  handle.facts = facts;
  handle.renderer = renderer;
  handle.visibleCount = () => current?.highlight.visible.size ?? 0;
  const t3 = performance.now();
  handle.timings = { ...handle.timings, facts_layout_style: t2 - t1, sigma: t3 - t2, toFirstFrameFromLoad: t3 - t0 };
  requestAnimationFrame(() => {
    handle.timings.firstFramePainted = performance.now() - t0;
    handle.timings.sinceNavigation = performance.now();
    handle.ready = true;
    document.body.dataset.ready = 'true';
    // the frame is committed (composited) when this task ends; then, for a large graph, draw the edges
    setTimeout(() => {
      handle.timings.firstFrameComposited = performance.now();
      if (highlight.deferEdges) showDeferredEdges(renderer, loaded, source, highlight, t0);
      else document.body.dataset.edges = 'true';
    }, 0);
  });

  attachLabelDrawer(renderer);
  if (store.state.camera) renderer.getCamera().setState(store.state.camera);
  let camTimer: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on('updated', (c: CameraState) => {
    clearTimeout(camTimer);
    camTimer = setTimeout(() => store.update({ camera: { x: c.x, y: c.y, ratio: c.ratio, angle: c.angle } }), 200);
  });
  renderer.on('enterNode', ({ node }) => {
    if (!current) return;
    current.hovered = node;
    updateFocus();
  });
  renderer.on('leaveNode', () => {
    if (!current) return;
    current.hovered = null;
    updateFocus();
  });
  renderer.on('clickNode', ({ node }) => select(node, false));
  renderer.on('clickStage', () => select(null));
  const t4 = performance.now();
  renderPanels(null);
  handle.timings.panels = performance.now() - t4;
  replace(byId('graph-name'), String(graph.getAttribute('name') ?? ''));
  status.className = '';
  replace(status, '');
  // pinyin for search is computed in a worker after the first frame
  setTimeout(() => {
    const index = searchIndex();
    void index.ready.then(() => { handle.timings.searchIndexed = performance.now(); }, (e: Error) => showError(e.message));
  }, 50);
}

/** Second frame of a large graph: its edges (see Highlight.deferEdges and LoadedGraph.pendingEdges). */
function showDeferredEdges(renderer: Renderer, loaded: LoadedGraph, source: string, highlight: Highlight, t0: number): void {
  if (current?.renderer !== renderer) return;
  const late = loaded.pendingEdges !== null;
  handle.timings.edgesAtFirstFrame = loaded.graph.size;
  try {
    addPendingEdges(loaded, source);
  } catch (e) {
    showError((e as Error).message);
    return;
  }
  highlight.deferEdges = false;
  if (late) {
    // the panels counted no edges and a selection had no neighbourhood yet
    renderPanels(null);
    renderer.refresh();
  } else renderer.refresh({ skipIndexation: true });
  requestAnimationFrame(() => {
    handle.timings.edgesDrawn = performance.now() - t0;
    handle.timings.edgesSinceNavigation = performance.now();
    setTimeout(() => {
      handle.timings.edgesComposited = performance.now();
      document.body.dataset.edges = 'true';
    }, 0);
  });
}

async function open(load: () => Promise<LoadedGraph>, source: string, graphUrl: string | null): Promise<void> {
  handle.ready = false;
  delete document.body.dataset.ready;
  delete document.body.dataset.edges;
  replace(status, 'loading…');
  const t0 = performance.now();
  try {
    const loaded = await load();
    handle.timings = { loadAndParse: performance.now() - t0, ...loadTimings };
    start(loaded, source, t0);
    if (graphUrl !== store.state.graph) store.update({ graph: graphUrl });
  } catch (e) {
    showError(e instanceof GraphLoadError ? e.message : `cannot open the graph: ${(e as Error).message}`);
  }
}

// chrome: search, file picker, drop, buttons, tabs
bindSearch(byId<HTMLInputElement>('search'), byId('suggestions'), searchIndex, (k) => select(k));
bindFileInputs(byId<HTMLInputElement>('file'), document.body, (f) => {
  void open(() => loadGraphFromFile(f, importEdgesLate), f.name, null);
});
byId('layout-toggle').addEventListener('click', (e) => {
  // a large graph's edges arrive one frame after its nodes; the layout needs them
  if (!current || current.highlight.deferEdges) return;
  const running = current.layout.toggle();
  replace(e.currentTarget as HTMLElement, running ? 'Stop layout' : 'Run layout');
});
byId('present').addEventListener('click', () => store.update({ present: !store.state.present }));
byId('export-png').addEventListener('click', () => {
  if (current) void downloadPng(current.renderer);
});
byId('export-gexf').addEventListener('click', () => {
  if (current && !current.highlight.deferEdges) downloadGexf(current.graph, current.highlight.visible);
});
for (const b of document.querySelectorAll<HTMLButtonElement>('#tabs button')) {
  b.addEventListener('click', () => store.update({ tab: b.dataset.tab as Tab }));
}
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && store.state.present) store.update({ present: false });
});
window.addEventListener('resize', () => current?.renderer.resize());

const initial = store.state.graph ?? DEFAULT_GRAPH_URL;
void open(() => loadGraphFromUrl(initial, importEdgesLate), initial, store.state.graph);
