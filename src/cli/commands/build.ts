import { join } from 'node:path';
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { removeInBackground, removeStaleTempFiles } from '../../export/atomic.js';
import { OUTPUT_FORMATS } from '../../export/formats/index.js';
import { writeInThread, type ThreadJob } from '../../export/threads/index.js';
import { recorderFor, type LayoutInput, type OutputLayout } from '../../export/pieces/layout.js';
import { FrozenStore, type GraphStore } from '../../graph/index.js';
import { DEFAULT_MAX_BYTES, type SkippedFile } from '../../ingest/index.js';
import { buildCorpus, spoolDirIn, type BuildResult } from '../../pipeline/build.js';
import { CACHE_FOLDER, defaultCacheRoot } from '../../pipeline/cache/index.js';
import { defaultWorkers } from '../../pipeline/pool/index.js';
import { createProgress, type Progress } from '../progress.js';
import { countsOf, formatSummary } from '../summary.js';
import { patchGraphJson, type PatchResult } from '../../pipeline/patch/index.js';
import { fileStamp, outputStamps, saveSnapshot, type FileStamp, type ReplyRecord } from '../../pipeline/snapshot/index.js';
import { hasAids, type EntryAids } from '../../graph/shared-entry.js';

/** Exit status when the graph was built but some inputs could not be read. */
export const EXIT_SKIPPED = 3;

export { OUTPUT_FORMATS };

interface BuildCliOptions {
  out: string;
  lexicon: string[];
  formats: string;
  quiet?: boolean;
  workers?: string;
  cache: boolean;
  cacheDir?: string;
  maxFileSize?: string;
}

/** 20MB, 512KB, 1.5GiB, 1000000 → bytes; null when unreadable. */
export function parseSize(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?\s*$/i.exec(s);
  if (!m) return null;
  const unit = (m[2] ?? 'B').toUpperCase()[0]!;
  const mult = unit === 'K' ? 1024 : unit === 'M' ? 1024 ** 2 : unit === 'G' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * mult);
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('extract replies (files or folders, read recursively) into a knowledge graph and write it in every format')
    .argument('<inputs...>', 'reply files or folders')
    .option('-o, --out <dir>', 'output folder', 'graph')
    .option('--lexicon <file...>', 'extra lexicon files: JSON [{"type":"Program","name":"…","aliases":["…"]}]', [])
    .option('--formats <list>', `comma-separated outputs (${Object.keys(OUTPUT_FORMATS).join(', ')})`, Object.keys(OUTPUT_FORMATS).join(','))
    .option('-q, --quiet', 'no progress and no summary')
    .option('--workers <n>', 'worker threads extracting files (0: none, all in the main thread)', `${defaultWorkers()}`)
    .option('--no-cache', 'extract every file afresh, neither reading nor writing the cache')
    .option('--cache-dir <dir>', `where extractions are cached between builds (default: <out>/${CACHE_FOLDER})`)
    .option('--max-file-size <size>', `skip input files larger than this (e.g. 50MB; default ${DEFAULT_MAX_BYTES / 1024 ** 2}MB)`)
    .addHelpText(
      'after',
      `
Rebuilds: with the cache on, files that did not change are not extracted
again, and the outputs are patched from the previous build (changed replies
taken out and put back in, the bytes of everything else copied) when at most
a fifth of the files changed and every output is as that build wrote it —
byte for byte what a full build writes. When no file changed, nothing is
written. Otherwise the build is done in full and says why.

Exit status: 0 when every input was read; ${EXIT_SKIPPED} when the graph was built but some
inputs were skipped (each is listed with its reason); 2 on a usage error or when
no input could be read; 1 when writing failed. Outputs are written atomically:
an interrupted build leaves the previous outputs intact.`,
    )
    .action(async (inputs: string[], opts: BuildCliOptions) => {
      const formats = opts.formats.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = formats.filter((f) => !OUTPUT_FORMATS[f]);
      if (unknown.length) {
        console.error(`replygraph build: unknown format ${unknown.join(', ')} (known: ${Object.keys(OUTPUT_FORMATS).join(', ')})`);
        process.exitCode = 2;
        return;
      }
      const workers = Number(opts.workers ?? defaultWorkers());
      if (!Number.isInteger(workers) || workers < 0) {
        console.error(`replygraph build: --workers must be a whole number ≥ 0, not ${JSON.stringify(opts.workers)}`);
        process.exitCode = 2;
        return;
      }
      const maxBytes = opts.maxFileSize === undefined ? undefined : parseSize(opts.maxFileSize);
      if (maxBytes === null || (maxBytes !== undefined && maxBytes < 1)) {
        console.error(`replygraph build: --max-file-size must be a size such as 50MB or 800KB, not ${JSON.stringify(opts.maxFileSize)}`);
        process.exitCode = 2;
        return;
      }
      const t0 = performance.now();
      await removeStaleTempFiles(opts.out);
      let progress: Progress = { tick() {}, stop() {} };
      let fullBuildReason: string | null = null;
      const cacheRoot = opts.cache ? (opts.cacheDir ?? defaultCacheRoot(opts.out)) : null;
      if (cacheRoot && formats.includes('json')) {
        const { json, ...others } = outputPaths(formats, opts.out);
        const graphJson = json!; // json is among the formats
        let splicing = null as Progress | null;
        const outcome = await patchGraphJson(inputs, graphJson, {
          lexiconFiles: opts.lexicon,
          cache: cacheRoot,
          others,
          workers,
          ...(maxBytes !== undefined ? { maxBytes } : {}),
          onStart: (total) => (progress = createProgress(total, 'checking', opts.quiet)),
          onFile: (file) => progress.tick(file),
          onSpliced: (_format, path) => {
            if (!splicing) {
              progress.stop();
              splicing = createProgress(Object.keys(others).length, 'splicing', opts.quiet);
            }
            splicing.tick(path);
          },
        });
        progress.stop();
        (splicing as Progress | null)?.stop();
        if ('patched' in outcome) {
          reportPatch(outcome.patched, [graphJson, ...Object.values(others)], opts.quiet, t0);
          return;
        }
        if (outcome.snapshot && !opts.quiet) fullBuildReason = outcome.full;
      }
      const result = await buildCorpus(inputs, {
        lexiconFiles: opts.lexicon,
        workers,
        cache: cacheRoot ?? false,
        spoolDir: spoolDirIn(opts.out),
        ...(maxBytes !== undefined ? { maxBytes } : {}),
        onStart: (total) => (progress = createProgress(total, 'extracting', opts.quiet)),
        onFile: (file) => progress.tick(file),
      });
      progress.stop();
      try {
        await writeOutputs(inputs, opts, formats, result, t0, performance.now());
        if (fullBuildReason) console.log(`${formats.length > 1 ? 'built' : 'graph.json built'} in full: ${fullBuildReason}`);
      } finally {
        result.store.dispose(removeInBackground); // a gigabyte of spool need not hold up the exit
      }
    });
}

/** Write every requested format and print the summary (or, quiet, only the problems); `t0`: when the build began, `tRead`: when every reply had been read. */
async function writeOutputs(inputs: string[], opts: BuildCliOptions, formats: string[], result: BuildResult, t0: number, tRead: number): Promise<void> {
  if (!result.files.length) {
    console.error(`replygraph build: no reply could be read from ${inputs.join(', ')}`);
    for (const s of result.skipped) console.error(`  ${s.file}: ${s.reason}`);
    process.exitCode = 2;
    return;
  }
  const paths = outputPaths(formats, opts.out);
  const written = formats.map((f) => paths[f]!);
  const { json: graphJson, ...others } = paths;
  const progress = createProgress(formats.length, 'writing', opts.quiet);
  let layouts = new Map<string, OutputLayout>();
  try {
    const layoutInput = result.cacheDir && result.records && graphJson ? layoutInputOf(result.records) : null;
    layouts = await writeFormats(result.store, formats.map((format, i) => ({ format, path: written[i]! })), spoolDirIn(opts.out), undefined, (j) => progress.tick(j.path), layoutInput);
  } finally {
    progress.stop();
  }
  if (result.cacheDir && result.records && graphJson) saveBuildSnapshot(result, graphJson, others, layouts);
  const now = performance.now();
  const phases: [string, number][] = [['extracting', (tRead - t0) / 1000], ['writing', (now - tRead) / 1000]];
  if (!opts.quiet) console.log(formatSummary(result.store, result.files.length, result.skipped, (now - t0) / 1000, written, result.warnings, phases));
  reportSkipped(result.skipped, opts.quiet);
}

/** Where each format is written in the output folder. */
function outputPaths(formats: readonly string[], out: string): Record<string, string> {
  return Object.fromEntries(formats.map((f) => [f, join(out, OUTPUT_FORMATS[f]!.file)]));
}

/** Quiet, the files skipped are still said (on stderr; otherwise the summary lists them); any sets exit status 3. */
function reportSkipped(skipped: readonly SkippedFile[], quiet: boolean | undefined): void {
  if (quiet) for (const s of skipped) console.error(`skipped ${s.file}: ${s.reason}`);
  if (skipped.length) process.exitCode = EXIT_SKIPPED;
}

/**
 * Write the formats. When the store's spool is on disk, it is frozen to
 * files (in the spool folder, removed with it) and every writer that can
 * read a frozen store does, in byte strings (graph/string-form.ts, ten times
 * cheaper to read and write than UTF-8 decoded); with more than one core,
 * those writers go to worker threads, shared out by cost, while this thread
 * writes the rest (graph.json always: it copies the spool's bytes). The
 * files are the same either way.
 */
export async function writeFormats(
  store: GraphStore,
  jobs: ThreadJob[],
  spoolDir: string | null,
  threads = availableParallelism() - 1,
  onDone: (job: ThreadJob) => void = () => {},
  layoutInput: LayoutInput | null = null,
): Promise<Map<string, OutputLayout>> {
  const layouts = new Map<string, OutputLayout>();
  const threadable = jobs.filter((j) => OUTPUT_FORMATS[j.format]!.threadable);
  if (!threadable.length || !store.canFreeze || !spoolDir) {
    for (const j of jobs) {
      await OUTPUT_FORMATS[j.format]!.write(store, j.path);
      onDone(j);
    }
    return layouts; // no layout: UTF-16 strings would need their bytes counted
  }
  const manifest = store.freeze(join(spoolDir, 'frozen'));
  const frozen = new FrozenStore(manifest);
  const source = (j: ThreadJob) => (OUTPUT_FORMATS[j.format]!.threadable ? frozen : store);
  const n = Math.min(Math.max(0, threads), threadable.length, jobs.length - 1);
  const [main, ...queues] = shareOut(jobs, n);
  const done = (j: ThreadJob, layout: OutputLayout | null) => {
    if (layout) layouts.set(j.format, layout);
    onDone(j);
  };
  const inThreads = queues.filter((q) => q.length).map((q) => writeInThread(manifest, q, done, layoutInput));
  const here = (async () => {
    for (const j of main!) {
      const format = OUTPUT_FORMATS[j.format]!;
      const rec = recorderFor(j.format, format.spliced, layoutInput, source(j).stringForm);
      await format.write(source(j), j.path, rec);
      done(j, rec?.finish() ?? null);
    }
  })();
  const settled = await Promise.allSettled([here, ...inThreads]);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return layouts;
}

/** Every reply's own line count by spool group, in build order: what a writer needs to record its layout. */
export function layoutInputOf(records: readonly ReplyRecord[]): LayoutInput {
  const ownLines = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const [g, n] of Object.entries(r.groups)) {
      let list = ownLines.get(g);
      if (!list) ownLines.set(g, (list = new Array<number>(records.length).fill(0)));
      list[i] = n;
    }
  });
  return { ownLines, replies: records.length };
}

/**
 * The jobs shared out between this thread (first list) and `n` worker
 * threads so that the busiest has the least to do (OUTPUT_FORMATS costs;
 * formats that cannot be threaded stay here). Every assignment is tried:
 * there are at most four formats.
 */
export function shareOut(jobs: readonly ThreadJob[], n: number): ThreadJob[][] {
  const cost = (j: ThreadJob) => OUTPUT_FORMATS[j.format]!.cost;
  const fixed = jobs.filter((j) => !OUTPUT_FORMATS[j.format]!.threadable);
  const free = jobs.filter((j) => OUTPUT_FORMATS[j.format]!.threadable);
  let best: ThreadJob[][] = [[...fixed, ...free], ...Array.from({ length: n }, () => [])];
  let bestLoad = Infinity;
  for (let code = 0; code < (n + 1) ** free.length; code++) {
    const lists: ThreadJob[][] = [[...fixed], ...Array.from({ length: n }, () => [])];
    for (let i = 0, c = code; i < free.length; i++, c = Math.floor(c / (n + 1))) lists[c % (n + 1)]!.push(free[i]!);
    const load = Math.max(...lists.map((l) => l.reduce((t, j) => t + cost(j), 0)));
    if (load < bestLoad) [best, bestLoad] = [lists, load];
  }
  return best;
}

/** Keep what a later build needs to patch the graph.json just written (pipeline/snapshot). */
function saveBuildSnapshot(result: BuildResult, graphJson: string, others: Record<string, string>, layouts: ReadonlyMap<string, OutputLayout>): void {
  const stamp = fileStamp(graphJson);
  if (!stamp || !result.cacheDir || !result.records) return;
  const otherStamps: Record<string, FileStamp[]> = {};
  for (const [format, path] of Object.entries(others)) {
    const s = outputStamps(path);
    if (s) otherStamps[format] = s;
  }
  const counts = result.store.typeCounts();
  try {
    saveSnapshot(result.cacheDir, {
      graphJson: stamp,
      others: otherStamps,
      sharedNodes: result.store.shared.order,
      sharedEdges: result.store.shared.size,
      replies: result.records,
      aids: aidedNodes(result.store.sharedAids()),
      counts: { nodes: [...counts.nodes], edges: [...counts.edges] },
      layouts: Object.fromEntries([...layouts].filter(([f]) => otherStamps[f])),
    });
  } catch {
    // a full disk or read-only cache must not fail the build: the next one is a full build
  }
}

/** The shared nodes that have aids. */
function* aidedNodes(aids: ReadonlyMap<string, EntryAids>): Generator<[string, EntryAids]> {
  for (const [k, a] of aids) if (hasAids(a)) yield [k, a];
}

/** The summary of a patched graph.json. */
function reportPatch(p: PatchResult, outputs: string[], quiet: boolean | undefined, t0: number): void {
  if (!quiet) {
    const change = p.added || p.removed ? `patched: ${p.added} file(s) extracted, ${p.removed} taken out, ${p.files.length - p.added} copied from the previous build` : 'unchanged: every file is as the previous build read it';
    console.log(formatSummary(countsOf(p.counts), p.files.length, p.skipped, (performance.now() - t0) / 1000, outputs, p.warnings));
    console.log(`${outputs.length > 1 ? 'outputs' : 'graph.json'} ${change}`);
  }
  reportSkipped(p.skipped, quiet);
}
