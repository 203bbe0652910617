#!/usr/bin/env node
// npm run bench — see bench/README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FILES_PER_FOLDER, generateCorpus, loadCities, loadSeeds, rehome } from './corpus.js';
import { matcherLinearity, matcherThroughput } from './matcher.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    huge: { type: 'boolean', default: false },
    workers: { type: 'string', default: String(availableParallelism()) },
    incremental: { type: 'string', default: '10000' },
    formats: { type: 'string' },
    'compare-matchers': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`usage: npm run bench -- [--sizes 1000,5000,10000] [--huge] [--workers N] [--formats LIST] [--incremental N] [--compare-matchers] [--keep]
  --sizes             corpus sizes (replies) to build; 5000 is the reference size
  --huge              also build 100,000 replies (~780 MB of text; ~8 min and ~1.3 GB of memory per build with --formats json, ~20 GB of disk)
  --workers           worker threads for the build (default: available cores)
  --formats           outputs the builds write (replygraph build --formats; default: all)
  --incremental       size at which a one-file-changed rebuild is timed against a cold build (0: skip)
  --compare-matchers  also time modern-ahocorasick on texts up to 30k characters
  --keep              keep the generated corpus and outputs (printed path)`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist/cli/main.js'))) {
  console.error('bench: dist/ is missing; run `npm install` or `npm run build` first');
  process.exit(2);
}

const sizes = args.sizes.split(',').map(Number).concat(args.huge ? [100_000] : []).sort((a, b) => a - b);
const incrementalSize = Number(args.incremental);
const work = mkdtempSync(join(tmpdir(), 'replygraph-bench-'));
const fmt = (x, d = 1) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const sec = (ms) => `${fmt(ms / 1000, 2)} s`;

function table(rows, cols) {
  const w = cols.map(([h, f]) => Math.max(h.length, ...rows.map((r) => String(f(r)).length)));
  const line = (cells) => cells.map((c, i) => String(c).padStart(w[i])).join('  ');
  console.log(line(cols.map(([h]) => h)));
  for (const r of rows) console.log(line(cols.map(([, f]) => f(r))));
}

/** Run a node script in a child process; wall time measured here, peak RSS and CPU by bench/usage-hook.js. */
function runNode(argv, label) {
  const usageFile = join(work, `usage-${process.hrtime.bigint()}.json`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(root, 'bench/usage-hook.js'), ...argv], {
    cwd: root,
    env: { ...process.env, RG_USAGE_FILE: usageFile },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const wallMs = performance.now() - t0;
  // exit 3: built, but some inputs were skipped (counted and reported)
  // skipped files are listed on stderr with -q, in the summary's "skipped:" block without
  const block = r.stdout.match(/^skipped:\n((?: {2}.*\n?)*)/m)?.[1] ?? '';
  const skippedLines = r.status === 3 ? [...(r.stderr.match(/^skipped .*/gm) ?? []), ...block.split('\n').filter(Boolean)] : [];
  const skipped = skippedLines.length;
  if (r.status !== 0 && r.status !== 3) {
    console.error(`bench: ${label} failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
    process.exit(1);
  }
  if (skipped) console.error(`  warning: ${label} skipped ${skipped} files, e.g. ${skippedLines[0].trim().slice(0, 300)}`);
  return { wallMs, skipped, stdout: r.stdout, ...JSON.parse(readFileSync(usageFile, 'utf8')) };
}

const corpusDir = join(work, 'corpus');
const folders = (n) => Array.from({ length: Math.ceil(n / FILES_PER_FOLDER) }, (_, i) => join(corpusDir, String(i).padStart(3, '0')));
const formatArgs = args.formats ? ['--formats', args.formats] : [];
/** A build's run, with its phases from the summary line ("… (T s: extracting E s, writing W s)"; absent when nothing was written). */
const build = (n, out, extra = []) => {
  const r = runNode([join(root, 'bin/replygraph.js'), 'build', ...folders(n), '--out', out, '--workers', args.workers, ...formatArgs, ...extra], `build of ${n} replies`);
  const m = r.stdout.match(/extracting ([\d.]+) s, writing ([\d.]+) s/);
  return { ...r, extractMs: m ? 1000 * Number(m[1]) : NaN, writeMs: m ? 1000 * Number(m[2]) : NaN };
};
/** Total size of the files a build wrote (the cache excluded). */
const outputMB = (out) => readdirSync(out).filter((f) => !f.startsWith('.')).reduce((n, f) => n + statSync(join(out, f)).size, 0) / 1e6;

try {
  console.log(`replygraph benchmark — Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((x) => fmt(x, 1)).join(' ')}; build --workers ${args.workers}, formats: ${args.formats ?? 'all'}`);
  const t0 = performance.now();
  const max = Math.max(...sizes, incrementalSize);
  const gen = generateCorpus(corpusDir, max);
  console.log(`corpus: ${fmt(max, 0)} seed replies re-homed to other cities, ${fmt(gen.bytes / 1e6)} MB, generated in ${sec(performance.now() - t0)} (${corpusDir})\n`);

  // 1. the dictionary matcher alone
  const seeds = loadSeeds();
  const cities = loadCities();
  const sample = Array.from({ length: 200 }, (_, i) => rehome(seeds[i % seeds.length], cities[i % cities.length], i + 1));
  const tp = matcherThroughput(sample);
  console.log(`dictionary matcher (src/extract/match, ${tp.patterns} program names and aliases): ${fmt(tp.mbPerS)} MB/s over ${fmt(tp.mb)} MB of replies`);
  const lin = matcherLinearity(sample.join('\n'), undefined, { compare: args['compare-matchers'] });
  table(lin, [
    ['chars', (r) => fmt(r.chars, 0)],
    ['ms', (r) => fmt(r.ms, 2)],
    ['ns/char', (r) => fmt(r.nsPerChar, 1)],
    ['hits', (r) => fmt(r.hits, 0)],
    ...(args['compare-matchers'] ? [['modern-ahocorasick ms', (r) => (r.modernAhoCorasickMs === undefined ? '-' : fmt(r.modernAhoCorasickMs, 2))]] : []),
  ]);
  const [first, last] = [lin[1] ?? lin[0], lin[lin.length - 1]];
  console.log(`linear: ${last.nsPerChar <= 3 * first.nsPerChar ? 'yes' : 'NO'} (ns/char at ${fmt(last.chars, 0)} vs ${fmt(first.chars, 0)} chars: ×${fmt(last.nsPerChar / first.nsPerChar, 2)})\n`);

  // 2. builds against the jieba baseline, per size
  const rows = [];
  for (const n of sizes) {
    const jieba = runNode([join(root, 'bench/jieba-baseline.js'), ...folders(n)], `jieba baseline on ${n} replies`);
    const j = JSON.parse(jieba.stdout);
    const out = join(work, `out-${n}`);
    const b = build(n, out, ['--no-cache']);
    rows.push({ n, mb: j.bytes / 1e6, build: b, jieba, outMB: outputMB(out) });
    rmSync(out, { recursive: true, force: true });
    console.error(`  built ${fmt(n, 0)} replies in ${sec(b.wallMs)}, peak RSS ${fmt(b.maxRssMB, 0)} MB (jieba ${sec(jieba.wallMs)})`);
  }
  console.log(`cold builds (replygraph build --no-cache, outputs: ${args.formats ?? 'all'}) vs reading + jieba cut (HMM) of the same files, one thread:`);
  table(rows, [
    ['replies', (r) => fmt(r.n, 0)],
    ['MB', (r) => fmt(r.mb)],
    ['build', (r) => sec(r.build.wallMs)],
    ['MB/s', (r) => fmt(r.mb / (r.build.wallMs / 1000))],
    ['extract', (r) => sec(r.build.extractMs)],
    ['write', (r) => sec(r.build.writeMs)],
    ['build CPU', (r) => sec(r.build.cpuMs)],
    ['peak RSS', (r) => `${fmt(r.build.maxRssMB, 0)} MB`],
    ['jieba', (r) => sec(r.jieba.wallMs)],
    ['jieba MB/s', (r) => fmt(r.mb / (r.jieba.wallMs / 1000))],
    ['build/jieba', (r) => `×${fmt(r.build.wallMs / r.jieba.wallMs, 2)}`],
    ['extract/jieba', (r) => `×${fmt(r.build.extractMs / r.jieba.wallMs, 2)}`],
    ['jieba CPU', (r) => sec(r.jieba.cpuMs)],
    ['CPU/jieba CPU', (r) => `×${fmt(r.build.cpuMs / r.jieba.cpuMs, 2)}`],
    ['ms/reply', (r) => fmt(r.build.wallMs / r.n, 2)],
    ['outputs', (r) => `${fmt(r.outMB, 0)} MB`],
  ]);
  const base = rows[0];
  console.log('(wall times depend on the machine\'s load; CPU times count every thread, so on an idle machine a build\'s wall time is about its CPU time ÷ workers;');
  console.log(' extract: listing, reading and extracting the files and merging them into the graph; write: writing the outputs)');
  if (rows.length > 1) {
    const growth = rows.map((r) => `${fmt(r.n / base.n, 0)}× replies → ${fmt(r.build.wallMs / base.build.wallMs, 1)}× time, ${fmt(r.build.maxRssMB / base.build.maxRssMB, 1)}× RSS`);
    console.log(`growth from ${fmt(base.n, 0)}: ${growth.slice(1).join('; ')}`);
  }

  // 3. incremental rebuild: one file changed. graph.json is patched from the previous build and GEXF, Cypher
  // and CSV spliced from their layouts (src/pipeline/patch, src/export/pieces). Nothing changed: nothing written.
  if (incrementalSize > 0) {
    const out = join(work, `out-incremental-${incrementalSize}`);
    const json = ['--formats', 'json'];
    const cold = build(incrementalSize, out, json);
    const dir = folders(incrementalSize)[0];
    const file = join(dir, readdirSync(dir).sort()[7]);
    appendFileSync(file, '\n附：本答复同时抄送市财政局。\n');
    const warm = build(incrementalSize, out, json);
    const noop = build(incrementalSize, out, json);
    const how = (r) => (r.stdout.match(/^(graph\.json|outputs) (patched|unchanged)|built in full/m)?.[0] ?? '?');
    console.log(
      `\nincremental, graph.json (${fmt(incrementalSize, 0)} replies, cache in <out>/.cache): cold build with cache ${sec(cold.wallMs)} (peak RSS ${fmt(cold.maxRssMB, 0)} MB); ` +
        `one file changed ${sec(warm.wallMs)} = ${fmt((100 * warm.wallMs) / cold.wallMs)}% of cold (peak RSS ${fmt(warm.maxRssMB, 0)} MB, "${how(warm)}"); nothing changed ${sec(noop.wallMs)}`,
    );
    const coldAll = rows.find((r) => r.n === incrementalSize)?.build;
    if (args.formats === undefined && coldAll) {
      // every format: a build with the cache records the layouts (the graph.json-only builds kept none), then one change is spliced
      const coldCached = build(incrementalSize, out);
      appendFileSync(file, '\n附：本答复同时抄送市人社局。\n');
      const warmAll = build(incrementalSize, out);
      const noopAll = build(incrementalSize, out);
      console.log(
        `incremental, every format: build with the cache ${sec(coldCached.wallMs)} (peak RSS ${fmt(coldCached.maxRssMB, 0)} MB); ` +
          `one file changed ${sec(warmAll.wallMs)} = ${fmt((100 * warmAll.wallMs) / coldAll.wallMs)}% of the cold build above (peak RSS ${fmt(warmAll.maxRssMB, 0)} MB, "${how(warmAll)}"); ` +
          `nothing changed ${sec(noopAll.wallMs)} = ${fmt((100 * noopAll.wallMs) / coldAll.wallMs)}% (no output written)`,
      );
    }
    const du = execFileSync('du', ['-sm', join(out, '.cache')], { encoding: 'utf8' }).split('\t')[0];
    console.log(`cache size: ${du} MB`);
  }
} finally {
  if (args.keep) console.log(`\nkept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
