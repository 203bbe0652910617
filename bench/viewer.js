#!/usr/bin/env node
/**
 * Viewer benchmark: time for the built viewer (vite build + preview) to open
 * a graph.json of 10,000 nodes and 100,000 edges and paint its first frame in
 * headless Chromium. Prints figures (median of runs); not a test.
 *
 *   npm run bench:viewer [-- --nodes 10000 --edges 100000 --runs 3]
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const nodes = arg('nodes', 10_000);
const edges = arg('edges', 100_000);
const runs = arg('runs', 3);

// load the TypeScript fixture generator and harness through Vite
const loader = await createServer({ root, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true } });
const { largeGraph } = await loader.ssrLoadModule('/test/web/fixture-graph.ts');
const { launchChromium, startPreview } = await loader.ssrLoadModule('/test/web/harness.ts');
await loader.close();

const dir = mkdtempSync(join(tmpdir(), 'replygraph-bench-'));
let t = performance.now();
writeFileSync(join(dir, 'graph.json'), JSON.stringify(largeGraph(nodes, edges, 1, false)));
writeFileSync(join(dir, 'positioned.json'), JSON.stringify(largeGraph(nodes, edges, 1, true)));
const mb = (statSync(join(dir, 'graph.json')).size / 1e6).toFixed(1);
console.log(`graph: ${nodes} nodes, ${edges} edges, ${mb} MB graph.json (generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`);

console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (figures scale with load)`);

const served = await startPreview(dir, join(dir, 'site'));
const chromium = await launchChromium();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  for (const [label, query] of [['no saved positions (seeded)', ''], ['saved positions', '?graph=graph/positioned.json']]) {
    const rows = [];
    for (let i = 0; i < runs; i++) {
      const page = await chromium.context.newPage();
      t = performance.now();
      await page.goto(served.url + query);
      // data-edges is set once every edge has been drawn and composited
      await page.waitForSelector('body[data-edges=true]', { timeout: 120_000 });
      const wall = performance.now() - t;
      const timings = await page.evaluate(() => window.replygraph.timings);
      const error = await page.evaluate(() => window.replygraph.error);
      if (error) throw new Error(error);
      rows.push({ wall, ...timings });
      if (process.env.VERBOSE) console.log(JSON.stringify(timings));
      await page.close();
    }
    const m = (k) => median(rows.map((r) => r[k])).toFixed(0);
    console.log(`\n${label} (median of ${runs}):`);
    console.log(`  navigation → first frame drawn:    ${m('sinceNavigation')} ms   (sigma's render done, next animation frame; above 20,000 edges: nodes and labels)`);
    console.log(`  navigation → frame composited:     ${m('firstFrameComposited')} ms   (the frame committed, main thread free again)`);
    console.log(`  fetch + parse graph.json:         ${m('loadAndParse')} ms`);
    console.log(`  facts + layout + style:           ${m('facts_layout_style')} ms`);
    console.log(`  sigma construction + first render: ${m('sigma')} ms`);
    console.log(`  graph load → first frame painted: ${m('firstFramePainted')} ms`);
    if (rows.every((r) => r.edgesSinceNavigation !== undefined)) {
      console.log(`  navigation → edges drawn:           ${m('edgesSinceNavigation')} ms   (second frame: the ${edges} edges)`);
      console.log(`  navigation → edges composited:      ${m('edgesComposited')} ms   (wall clock to a responsive page ${m('wall')} ms)`);
    }
    console.log(`  goal: first frame < 2000 ms → drawn: ${Number(m('sinceNavigation')) < 2000 ? 'met' : 'NOT met'}, composited: ${Number(m('firstFrameComposited')) < 2000 ? 'met' : 'NOT met'}`);
  }
} finally {
  await chromium.close();
  await served.close();
  rmSync(dir, { recursive: true, force: true });
}
