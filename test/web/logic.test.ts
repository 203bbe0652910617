/**
 * The viewer's pure modules on the seeds' fixture graph (no browser):
 * facts (RUNS, places), filters, programs table, comparison, URL state,
 * pinyin forms and reproducible layout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareCities } from '../../web/src/compare.js';
import { cityCount, computeFacts } from '../../web/src/facts.js';
import { visibleNodes } from '../../web/src/filters.js';
import { initialLayout, seedPositions } from '../../web/src/layout.js';
import { addPendingEdges, GraphLoadError, parseGraphJson } from '../../web/src/load.js';
import { pinyinForms } from '../../web/src/pinyin.js';
import { defaultState } from '../../web/src/state.js';
import { programRows, sortRows } from '../../web/src/table.js';
import { queryToState, stateToQuery } from '../../web/src/url-state.js';
import { seedsGraph } from './fixture-graph.js';
import { ROOT } from './harness.js';

const json = JSON.stringify(seedsGraph(ROOT));
const load = () => parseGraphJson(json, 'seeds.json').graph;
interface Gold { reply: { city: string; province: string }; entities: { type: string; name: string }[] }
const golds = readdirSync(join(ROOT, 'test/fixtures/gold')).map((f) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/gold', f), 'utf8')) as Gold);
const citiesRunning = (p: string) => golds.filter((g) => g.entities.some((e) => e.type === 'Program' && e.name === p)).map((g) => g.reply.city).sort();

describe('facts', () => {
  const g = load();
  const facts = computeFacts(g);
  test('cities that run a program are the cities of the replies naming it', () => {
    for (const p of ['新型学徒制', '人人持证', '浙派工匠', '万人助万企']) {
      const names = (facts.citiesRunning.get(`Program:${p}`) ?? []).map((k) => g.getNodeAttribute(k, 'name')).sort();
      expect(names, p).toEqual(citiesRunning(p));
      expect(cityCount(facts, `Program:${p}`)).toBe(citiesRunning(p).length);
    }
  });
  test('provinces of nodes come from their replies; 河南省 has 濮阳 and 三门峡', () => {
    expect([...facts.provincesOf.get('Program:万人助万企')!]).toEqual(['河南省']);
    expect(facts.provinceNames).toEqual(expect.arrayContaining(['河北省', '山西省', '河南省', '浙江省']));
    expect([...facts.citiesOf.get('Program:万人助万企')!].sort()).toEqual(['三门峡市', '濮阳市'].sort());
  });
});

describe('a large graph loaded nodes first', () => {
  const full = load();
  const loaded = parseGraphJson(json, 'seeds.json', () => true);
  test('holds no edges until they are added, and its facts already count them', () => {
    expect(loaded.graph.size).toBe(0);
    expect(loaded.pendingEdges!.length).toBe(full.size);
    const early = computeFacts(loaded);
    const reference = computeFacts(full);
    expect(early.degree).toEqual(reference.degree);
    expect(early.citiesRunning).toEqual(reference.citiesRunning);
    expect(early.provincesOf).toEqual(reference.provincesOf);
    addPendingEdges(loaded, 'seeds.json');
    expect(loaded.pendingEdges).toBeNull();
    expect(loaded.graph.size).toBe(full.size);
    full.forEachNode((k) => expect(early.degree.get(k), k).toBe(loaded.graph.degree(k)));
  });
  test('the shape decides: only what the predicate defers waits', () => {
    const shapes: unknown[] = [];
    const r = parseGraphJson(json, 'seeds.json', (shape) => (shapes.push(shape), false));
    expect(r.pendingEdges).toBeNull();
    expect(shapes).toEqual([{ order: full.order, size: full.size, positioned: false }]);
  });
  test('an edge to a missing node is an error at load, naming the file', () => {
    const broken = JSON.stringify({ nodes: [{ key: 'a', attributes: { type: 'City', name: 'x' } }], edges: [{ key: 'e', source: 'a', target: 'b', attributes: { type: 'RUNS' } }] });
    expect(() => parseGraphJson(broken, 'g.json', () => true)).toThrow(/^g\.json: edge "e": node "b" not found/);
  });
});

describe('filters', () => {
  const g = load();
  const facts = computeFacts(g);
  const all = g.order;
  test('types, province, city, min cities and measure status each narrow the view', () => {
    const s = defaultState();
    s.hiddenTypes = [];
    expect(visibleNodes(g, facts, s).size).toBe(all);
    expect(visibleNodes(g, facts, { ...s, hiddenTypes: ['Program'] }).has('Program:新型学徒制')).toBe(false);
    const zj = visibleNodes(g, facts, { ...s, provinces: ['浙江省'] });
    expect(zj.has('Program:浙派工匠')).toBe(true);
    expect(zj.has('Program:万人助万企')).toBe(false);
    const hd = visibleNodes(g, facts, { ...s, cities: ['邯郸市'] });
    expect(hd.has('City:邯郸市')).toBe(true);
    expect(hd.has('City:衢州市')).toBe(false);
    const min4 = visibleNodes(g, facts, { ...s, minCities: 4 });
    const programs = [...min4].filter((k) => k.startsWith('Program:')).map((k) => k.slice(8)).sort();
    const expected = [...new Set(golds.flatMap((x) => x.entities.filter((e) => e.type === 'Program').map((e) => e.name)))].filter((p) => citiesRunning(p).length >= 4).sort();
    expect(programs).toEqual(expected);
    const planned = [...visibleNodes(g, facts, { ...s, measures: 'planned' })].filter((k) => k.startsWith('Measure:'));
    expect(planned.map((k) => g.getNodeAttribute(k, 'name')).sort()).toEqual(['下步工作措施', '下步重点工作']);
  });
});

describe('programs table and comparison', () => {
  const g = load();
  const facts = computeFacts(g);
  test('rows sort by number of cities, then name', () => {
    const rows = sortRows(programRows(g, facts, new Set(g.nodes())), 'count', true);
    expect(rows[0]!.count).toBe(5);
    expect(rows.map((r) => r.count)).toEqual([...rows.map((r) => r.count)].sort((a, b) => b - a));
    expect(rows.find((r) => r.name === '新型学徒制')!.cities).toEqual(citiesRunning('新型学徒制').sort((a, b) => a.localeCompare(b, 'zh')));
  });
  test('邯郸 vs 衢州: shared programs are in both gold files', () => {
    const c = compareCities(facts, 'City:邯郸市', 'City:衢州市');
    const names = (ks: string[]) => ks.map((k) => k.slice(8)).sort();
    const hd = new Set(golds.find((x) => x.reply.city === '邯郸市')!.entities.filter((e) => e.type === 'Program').map((e) => e.name));
    const qz = new Set(golds.find((x) => x.reply.city === '衢州市')!.entities.filter((e) => e.type === 'Program').map((e) => e.name));
    expect(names(c.shared)).toEqual([...hd].filter((p) => qz.has(p)).sort());
    expect(names(c.onlyA)).toEqual([...hd].filter((p) => !qz.has(p)).sort());
    expect(names(c.shared)).toContain('订单班');
  });
});

describe('url state', () => {
  test('round-trips names with commas, ampersands, quotes and HTML', () => {
    const s = defaultState();
    s.selected = 'Program:<img src=x onerror="a&b">,1';
    s.cities = ['邯郸市', 'a,b&c'];
    s.provinces = ['河北省'];
    s.hiddenTypes = ['Agency', 'Metric'];
    s.minCities = 3;
    s.measures = 'planned';
    s.compare = ['City:邯郸市', null];
    s.camera = { x: 0.25, y: 0.75, ratio: 0.33333, angle: 0 };
    s.present = true;
    s.tab = 'compare';
    s.graph = 'https://example.org/g.json?x=1&y=2';
    expect(queryToState(stateToQuery(s))).toEqual(s);
  });
  test('defaults are left out of the URL and malformed fields ignored', () => {
    expect(stateToQuery(defaultState())).toBe('');
    const s = queryToState('min=-2&measures=maybe&cam=1,2&tab=nope');
    expect(s).toEqual(defaultState());
  });
});

describe('pinyin, layout and loading', () => {
  test('pinyin forms give full pinyin and initials', () => {
    expect(pinyinForms('新型学徒制')).toEqual({ full: 'xinxingxuetuzhi', initials: 'xxxtz' });
    expect(pinyinForms('1+X证书制度')!.initials).toBe('1+xzszd');
    expect(pinyinForms('ABC')).toBeNull();
  });
  test('seeded positions are the same on every load; saved positions are kept', () => {
    const a = load();
    const b = load();
    initialLayout(a);
    initialLayout(b);
    a.forEachNode((k, attrs) => {
      expect(b.getNodeAttribute(k, 'x')).toBe(attrs.x);
      expect(b.getNodeAttribute(k, 'y')).toBe(attrs.y);
    });
    const c = load();
    c.forEachNode((k) => c.mergeNodeAttributes(k, { x: 1, y: 2 }));
    expect(seedPositions(c)).toBe(true);
    expect(initialLayout(c)).toBe('saved');
    c.forEachNode((_k, attrs) => expect([attrs.x, attrs.y]).toEqual([1, 2]));
  });
  test('a graph.json without node types fails with the file name', () => {
    expect(() => parseGraphJson('{"nodes":[{"key":"a","attributes":{"name":"x"}}]}', 'g.json')).toThrow(GraphLoadError);
    expect(() => parseGraphJson('[1,2', 'g.json')).toThrow(/^g\.json: not JSON/);
  });
});
