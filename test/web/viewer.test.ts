/**
 * The viewer in real headless Chromium: the seeds' graph renders, search by
 * Chinese and pinyin, type filter, details with evidence, programs table,
 * city comparison, hostile text stays text, URL state round-trips, exports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { largeGraph, seedsGraph, XSS_ALIAS, XSS_NAME, XSS_SENTENCE, xssGraph } from './fixture-graph.js';
import { graphDir, launchChromium, ROOT, startDevServer, type Served } from './harness.js';

interface Gold { doc: string; reply: { city: string }; entities: { type: string; name: string }[] }
const golds: Gold[] = readdirSync(join(ROOT, 'test/fixtures/gold')).sort()
  .map((f) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/gold', f), 'utf8')) as Gold);
const programsOfCity = (city: string): Set<string> =>
  new Set(golds.filter((g) => g.reply.city === city).flatMap((g) => g.entities.filter((e) => e.type === 'Program').map((e) => e.name)));

let served: Served;
let chromium: { context: BrowserContext; close: () => Promise<void> };
let files: { dir: string; remove: () => void };
const errors: string[] = [];

beforeAll(async () => {
  files = graphDir({ 'graph.json': seedsGraph(ROOT), 'xss.json': xssGraph(ROOT), 'broken.json': '{"nodes": [{"key": "a"}]}', 'large.json': largeGraph(3000, 30_000, 7), 'large-positioned.json': largeGraph(4000, 30_000, 8, true) });
  served = await startDevServer(files.dir);
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
  await served?.close();
  files?.remove();
});

async function openPage(query = ''): Promise<Page> {
  const page = await chromium.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(served.url + query);
  await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
  return page;
}

const state = (page: Page): Promise<Record<string, unknown>> =>
  page.evaluate(() => (window as unknown as { replygraph: { store: { state: Record<string, unknown> } } }).replygraph.store.state);

/** Fraction of pixels of a screenshot of the graph area close to a colour (or non-white when no colour). */
async function pixelShare(page: Page, color?: [number, number, number]): Promise<number> {
  const png = await page.locator('#graph').screenshot();
  return page.evaluate(async ({ b64, color }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!];
      if (color ? Math.abs(r - color[0]) + Math.abs(g - color[1]) + Math.abs(b - color[2]) < 30 : r + g + b < 720) n++;
    }
    return n / (d.length / 4);
  }, { b64: png.toString('base64'), color });
}
const PROGRAM_ORANGE: [number, number, number] = [0xe6, 0xa1, 0x00];

async function search(page: Page, text: string): Promise<void> {
  await page.fill('#search', '');
  await page.locator('#search').pressSequentially(text);
  await page.waitForSelector('#suggestions li');
  await page.press('#search', 'Enter');
}

describe('viewer in headless Chromium', () => {
  test('the seeds graph renders nodes (WebGL) and labels, not a blank canvas', async () => {
    const page = await openPage();
    await page.waitForTimeout(300);
    const ink = await pixelShare(page);
    const programs = await pixelShare(page, PROGRAM_ORANGE);
    expect(ink).toBeGreaterThan(0.02);
    expect(programs).toBeGreaterThan(0.002);
    expect(await page.locator('#counts').textContent()).toMatch(/\/ 221 nodes/);
    await page.screenshot({ path: join(files.dir, 'seeds.png') });
    await page.close();
  });

  test('search by Chinese name selects the node, centres on it and opens its details', async () => {
    const page = await openPage();
    await search(page, '新型学徒制');
    await expect.poll(async () => (await state(page)).selected).toBe('Program:新型学徒制');
    await expect.poll(() => page.locator('#tab-details h2').textContent()).toBe('新型学徒制');
    await page.waitForTimeout(600);
    const cam = await page.evaluate(() => {
      const r = (window as unknown as { replygraph: { renderer: { getCamera(): { getState(): { x: number; y: number; ratio: number } }; getNodeDisplayData(k: string): { x: number; y: number } } } }).replygraph.renderer;
      return { cam: r.getCamera().getState(), node: r.getNodeDisplayData('Program:新型学徒制') };
    });
    expect(Math.abs(cam.cam.x - cam.node.x)).toBeLessThan(0.01);
    expect(Math.abs(cam.cam.y - cam.node.y)).toBeLessThan(0.01);
    await page.close();
  });

  test('search by pinyin initials and by full pinyin', async () => {
    const page = await openPage();
    await search(page, 'xxtz');
    await expect.poll(async () => (await state(page)).selected).toBe('Program:新型学徒制');
    await search(page, 'renrenchizheng');
    await expect.poll(async () => (await state(page)).selected).toBe('Program:人人持证');
    await search(page, 'hds');
    await expect.poll(async () => (await state(page)).selected).toBe('City:邯郸市');
    await page.close();
  });

  test('a legend click hides a node type: count drops and no program pixels remain', async () => {
    const page = await openPage();
    const before = await page.evaluate(() => (window as unknown as { replygraph: { visibleCount(): number } }).replygraph.visibleCount());
    await page.click('#legend [data-type=Program]');
    await expect.poll(() => page.evaluate(() => (window as unknown as { replygraph: { visibleCount(): number } }).replygraph.visibleCount())).toBe(before - 56);
    await page.waitForTimeout(300);
    expect(await pixelShare(page, PROGRAM_ORANGE)).toBeLessThan(0.0005);
    expect((await state(page)).hiddenTypes).toContain('Program');
    await page.close();
  });

  test('details show evidence sentences of the seeds with the mention highlighted; listed nodes select', async () => {
    const page = await openPage('?sel=' + encodeURIComponent('Program:新型学徒制'));
    const quotes = page.locator('#tab-details .evidence blockquote');
    expect(await quotes.count()).toBeGreaterThan(0);
    const marks = await page.locator('#tab-details .evidence mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(['新型学徒制', '企业新型学徒制']).toContain(m);
    const seedTexts = readdirSync(join(ROOT, 'seeds')).map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8')).join('\n');
    const first = (await quotes.first().evaluate((q) => [...q.childNodes].filter((n) => n.nodeName !== 'CITE').map((n) => n.textContent).join('')));
    expect(seedTexts).toContain(first);
    // cities that run it, per the gold files
    const cities = await page.locator('#tab-details [data-list="Cities that run it"] button').allTextContents();
    const expected = golds.filter((g) => g.entities.some((e) => e.type === 'Program' && e.name === '新型学徒制')).map((g) => g.reply.city);
    expect(cities.sort()).toEqual(expected.sort());
    await page.click('#tab-details [data-list="Cities that run it"] button:has-text("衢州市")');
    await expect.poll(async () => (await state(page)).selected).toBe('City:衢州市');
    const programs = await page.locator('#tab-details [data-list="Programs it runs"] button').allTextContents();
    expect(new Set(programs)).toEqual(programsOfCity('衢州市'));
    await page.close();
  });

  test('programs table counts cities as the gold files do, sorts, and selects on click', async () => {
    const page = await openPage('?tab=table');
    const rows = page.locator('#tab-table tbody tr');
    const firstName = await rows.first().locator('td').first().textContent();
    const count = (name: string): number => golds.filter((g) => g.entities.some((e) => e.type === 'Program' && e.name === name)).length;
    const max = Math.max(...golds.flatMap((g) => g.entities.filter((e) => e.type === 'Program').map((e) => count(e.name))));
    expect(count(firstName!)).toBe(max);
    expect(Number(await rows.first().locator('td.num').textContent())).toBe(max);
    await page.click('#tab-table th[data-sort=name]');
    const names = await page.locator('#tab-table tbody tr td:first-child').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh')));
    await page.click('#tab-table tbody tr:has(td:text-is("人人持证"))');
    await expect.poll(async () => (await state(page)).selected).toBe('Program:人人持证');
    await page.close();
  });

  test('compare two cities: shared and unique programs match the gold files', async () => {
    const page = await openPage('?tab=compare');
    await page.selectOption('#compare-1', 'City:三门峡市');
    await page.selectOption('#compare-2', 'City:衢州市');
    const a = programsOfCity('三门峡市');
    const b = programsOfCity('衢州市');
    const shared = await page.locator('#tab-compare .shared button').allTextContents();
    const onlyA = await page.locator('#tab-compare .only-a button').allTextContents();
    expect(new Set(shared)).toEqual(new Set([...a].filter((p) => b.has(p))));
    expect(new Set(onlyA)).toEqual(new Set([...a].filter((p) => !b.has(p))));
    expect(shared).toContain('新型学徒制');
    await page.close();
  });

  test('HTML in names, aliases and sentences runs nothing and shows as text', async () => {
    const page = await openPage('?graph=graph/xss.json&sel=' + encodeURIComponent(`Program:${XSS_NAME}`));
    await page.waitForTimeout(300);
    expect(await page.locator('#tab-details h2').textContent()).toBe(XSS_NAME);
    expect(await page.locator('#tab-details .aliases').textContent()).toContain(XSS_ALIAS);
    expect(await page.locator('#tab-details .evidence blockquote').first().textContent()).toContain(XSS_SENTENCE.slice(0, 20));
    await search(page, '<img');
    await page.click('#tab-details [data-list="← RUNS"] button, #tab-details button:has-text("邯郸市")');
    await search(page, '<svg');
    await page.click('[data-tab=table]');
    await page.hover('#tab-table tbody tr:first-child');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#tab-details img, #tab-details script, #tab-details b[onmouseover], #tab-table img, #suggestions img').count()).toBe(0);
    await page.close();
  });

  test('the view state round-trips through the URL', async () => {
    const page = await openPage();
    await search(page, '人人持证');
    await page.click('#legend [data-type=Agency]');
    await page.click('[data-tab=filters]');
    await page.fill('#min-cities', '2');
    await page.press('#min-cities', 'Enter');
    await page.locator('#min-cities').blur();
    await page.click('[data-tab=filters] ~ [data-tab=compare]');
    await page.selectOption('#compare-1', 'City:邯郸市');
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(800);
    const before = await state(page);
    const url = page.url();
    expect(url).toContain('sel=');
    const again = await openPage(url.slice(served.url.length));
    const after = await state(again);
    for (const k of ['selected', 'hiddenTypes', 'minCities', 'compare', 'tab', 'graph']) expect(after[k], k).toEqual(before[k]);
    const cb = before.camera as { x: number; y: number; ratio: number };
    const ca = after.camera as { x: number; y: number; ratio: number };
    expect(ca.ratio).toBeCloseTo(cb.ratio, 4);
    expect(ca.x).toBeCloseTo(cb.x, 4);
    expect(await again.locator('#legend [data-type=Agency]').getAttribute('class')).toContain('off');
    expect(await again.locator('#compare-1').inputValue()).toBe('City:邯郸市');
    await page.close();
    await again.close();
  });

  test('a graph that is not a graph.json gives a one-line error naming it', async () => {
    const page = await chromium.context.newPage();
    await page.goto(served.url + '?graph=graph/broken.json');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^graph\/broken\.json: node "a" has no string "type" and "name"$/);
    await page.goto(served.url + '?graph=graph/missing.json');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^graph\/missing\.json: HTTP 404/);
    await page.close();
  });

  test('presentation mode hides the chrome; PNG export is 2x the view; GEXF holds the filtered graph', async () => {
    const page = await openPage('?hide=Metric,Measure,Agency');
    const box = (await page.locator('#graph').boundingBox())!;
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const buf = readFileSync((await png.path())!);
    expect(buf.subarray(1, 4).toString()).toBe('PNG');
    expect(buf.readUInt32BE(16)).toBe(Math.round(box.width) * 2);
    expect(buf.readUInt32BE(20)).toBe(Math.round(box.height) * 2);
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const xml = readFileSync((await gexf.path())!, 'utf8');
    expect(xml).toContain('<gexf');
    const visible = await page.evaluate(() => (window as unknown as { replygraph: { visibleCount(): number } }).replygraph.visibleCount());
    expect((xml.match(/<node /g) ?? []).length).toBe(visible);
    expect(xml).not.toContain('Agency:');
    await page.click('#present');
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    await expect.poll(() => page.url()).toContain('present=1');
    await page.keyboard.press('Escape');
    expect(await page.locator('header').isVisible()).toBe(true);
    await page.close();
  });

  test('hovering a node fades the nodes outside its neighbourhood', async () => {
    const page = await openPage();
    const pos = await page.evaluate(() => {
      const r = (window as unknown as { replygraph: { renderer: { getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } } }).replygraph.renderer;
      return r.framedGraphToViewport(r.getNodeDisplayData('City:衢州市')!);
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + pos.x, box.y + pos.y);
    const colours = async () => page.evaluate(() => {
      const r = (window as unknown as { replygraph: { renderer: { getNodeDisplayData(k: string): { color: string } } } }).replygraph.renderer;
      return { neighbour: r.getNodeDisplayData('Program:浙派工匠')!.color, other: r.getNodeDisplayData('City:邯郸市')!.color };
    });
    await expect.poll(async () => (await colours()).other).toBe('#e6e6e6');
    expect((await colours()).neighbour).toBe('#e6a100');
    await page.mouse.move(box.x + 2, box.y + 2);
    await expect.poll(async () => (await colours()).other).toBe('#2e75b6');
    await page.close();
  });

  test('Run layout moves nodes in a worker; Stop freezes them', async () => {
    const page = await openPage();
    const pos = () => page.evaluate(() => {
      const g = (window as unknown as { replygraph: { graph: { getNodeAttributes(k: string): { x: number; y: number } } } }).replygraph.graph;
      const a = g.getNodeAttributes('Program:新型学徒制');
      return [a.x, a.y];
    });
    const start = await pos();
    await page.click('#layout-toggle');
    expect(await page.locator('#layout-toggle').textContent()).toBe('Stop layout');
    await expect.poll(pos).not.toEqual(start);
    await page.click('#layout-toggle');
    expect(await page.locator('#layout-toggle').textContent()).toBe('Run layout');
    await page.waitForTimeout(300);
    const stopped = await pos();
    await page.waitForTimeout(500);
    expect(await pos()).toEqual(stopped);
    await page.close();
  });

  test('a graph.json opens from the file picker and by drag and drop', async () => {
    const page = await openPage();
    await page.setInputFiles('#file', join(files.dir, 'xss.json'));
    await expect.poll(() => page.locator('#counts').textContent()).toMatch(/\/ 222 nodes/);
    const text = readFileSync(join(files.dir, 'graph.json'), 'utf8');
    await page.evaluate((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await expect.poll(() => page.locator('#counts').textContent()).toMatch(/\/ 221 nodes/);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  test('a graph of 30,000 edges draws its nodes first and its edges in the next frame', async () => {
    const page = await openPage('?graph=graph/large.json');
    await page.waitForSelector('body[data-edges=true]', { timeout: 30_000 });
    const r = await page.evaluate(() => {
      const v = (window as unknown as { replygraph: { timings: Record<string, number>; graph: { edges(): string[] }; renderer: { getEdgeDisplayData(e: string): { hidden?: boolean } | undefined } } }).replygraph;
      const edges = v.graph.edges();
      const shown = edges.filter((e) => v.renderer.getEdgeDisplayData(e)?.hidden !== true).length;
      return { first: v.timings.firstFramePainted, edges: v.timings.edgesDrawn, total: edges.length, shown };
    });
    expect(r.total).toBeGreaterThan(20_000);
    expect(r.edges).toBeGreaterThan(r.first!);
    expect(r.shown).toBe(r.total);
    await page.close();
  });

  test('a large graph with saved positions is shown before its edges are even imported; sizes and counts already include them', async () => {
    const page = await openPage('?graph=graph/large-positioned.json');
    await page.waitForSelector('body[data-edges=true]', { timeout: 30_000 });
    const r = await page.evaluate(() => {
      const v = (window as unknown as { replygraph: { timings: Record<string, number>; facts: { degree: Map<string, number> }; graph: { size: number; nodes(): string[]; degree(k: string): number } } }).replygraph;
      const wrong = v.graph.nodes().filter((k) => v.facts.degree.get(k) !== v.graph.degree(k));
      return { atFirstFrame: v.timings.edgesAtFirstFrame, size: v.graph.size, wrong: wrong.length };
    });
    expect(r.atFirstFrame).toBe(0);
    expect(r.size).toBe(30_000);
    expect(r.wrong).toBe(0);
    await expect.poll(() => page.locator('#counts').textContent()).toMatch(/· 30000 edges/);
    await page.close();
  });

  test('a small graph draws its edges in the first frame', async () => {
    const page = await openPage();
    expect(await page.evaluate(() => document.body.dataset.edges)).toBe('true');
    await page.close();
  });

  test('no uncaught page errors', () => {
    expect(errors).toEqual([]);
  });
});
