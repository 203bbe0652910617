/**
 * `npm run web:build` output works from any static server, under any path:
 * it opens graph/graph.json (copied into the build) by default and renders it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedsGraph } from './fixture-graph.js';
import { buildSite, graphDir, launchChromium, ROOT, staticServer, type Served } from './harness.js';

let files: { dir: string; remove: () => void };
let served: Served;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  files = graphDir({ 'graph.json': seedsGraph(ROOT) });
  const out = join(files.dir, 'site');
  await buildSite(files.dir, out);
  expect(existsSync(join(out, 'graph', 'graph.json'))).toBe(true);
  served = await staticServer(out, '/some/sub/path/');
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
  await served?.close();
  files?.remove();
});

test('the static build opens graph/graph.json by default, renders it, and searches by pinyin (worker loads)', async () => {
  const page = await chromium.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(served.url);
  await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
  expect(await page.locator('#counts').textContent()).toMatch(/221 \/ 221 nodes/);
  await page.locator('#search').pressSequentially('xxtz');
  await page.press('#search', 'Enter');
  await expect.poll(() => page.locator('#tab-details h2').textContent()).toBe('新型学徒制');
  expect(errors).toEqual([]);
  await page.close();
});
