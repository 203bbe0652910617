import { join } from 'node:path';
import { GraphBuilder, type GraphStore } from '../graph/index.js';
import { listInputs, type SkippedFile } from '../ingest/index.js';
import { loadLexicons } from '../lexicon/index.js';
import { cacheFingerprint, openCacheGeneration } from './cache/index.js';
import { collectGarbageIfGrown } from '../graph/heap.js';
import { extractFiles } from './pool/index.js';
import { EXTRACTOR_VERSION } from './process.js';
import type { ReplyFragment } from '../graph/index.js';
import type { ReplyRecord } from './snapshot/index.js';

/** What a file gave a build, for its snapshot: its key, reply id and own line counts by spool group. */
export function replyRecord(file: string, key: string, f: ReplyFragment, chars: number, warnings?: readonly string[]): ReplyRecord {
  const groups: Record<string, number> = {};
  for (const [g, , n] of f.nodes) groups[`n ${g}`] = n;
  for (const [g, , n] of f.edges) groups[`e ${g}`] = n;
  return { file, key, id: f.id, chars, groups, ...(warnings?.length ? { warnings: [...warnings] } : {}) };
}

export interface BuildOptions {
  /** user lexicon files (--lexicon) */
  lexiconFiles?: string[];
  /** called once the file list is known */
  onStart?: (total: number) => void;
  /** called after each file, read or skipped; `warnings`: what reading it noted */
  onFile?: (file: string, skipped: SkippedFile | null, warnings?: readonly string[]) => void;
  /** worker threads extracting files (0: all in the calling thread). Default: one per available core. */
  workers?: number;
  /** cache root folder (see pipeline/cache), or false/absent to extract every file afresh */
  cache?: string | false;
  /** where replies' own nodes and edges are spooled while building (a folder of its own, removed by store.dispose()); absent: in memory */
  spoolDir?: string;
  /** files larger than this many bytes are skipped (default: 20 MiB) */
  maxBytes?: number;
}

export interface BuildResult {
  /** the graph: shared nodes and edges in memory, replies' own ones spooled */
  store: GraphStore;
  /** files read as replies, in build order */
  files: string[];
  /** inputs that could not be read, with the reason */
  skipped: SkippedFile[];
  /** files read with a warning, and the warnings */
  warnings: { file: string; warnings: string[] }[];
  /** characters of clean text extracted */
  chars: number;
  /** files whose extraction came from the cache */
  cached: number;
  /** the cache generation folder used, or null without a cache */
  cacheDir: string | null;
  /** what each reply read gave, in build order (with a cache only: a snapshot of the build needs the keys) */
  records: ReplyRecord[] | null;
}

/** Replies merged between two looks at the process's memory (see graph/heap.ts). */
const MEMORY_CHECK_EVERY = 100;

/** A spool folder inside an output folder, unique to this process. */
export function spoolDirIn(out: string): string {
  return join(out, `.spool-${process.pid}`);
}

/**
 * Build the graph of a corpus: list inputs, extract and resolve each file
 * and serialise its reply's own part of the graph (in worker threads,
 * through the cache), and merge the fragments in sorted file order, so the
 * graph is the same whatever the number of workers. Memory holds the shared
 * graph (entities and the edges between them); replies' own nodes and edges
 * go to the spool.
 */
export async function buildCorpus(inputs: readonly string[], opts: BuildOptions = {}): Promise<BuildResult> {
  const lexiconFiles = opts.lexiconFiles ?? [];
  const lexicons = loadLexicons(lexiconFiles); // validates the user's files before any work
  const { files, ids, skipped } = await listInputs(inputs);
  opts.onStart?.(files.length);
  const cacheDir = opts.cache ? openCacheGeneration(opts.cache, EXTRACTOR_VERSION, cacheFingerprint(EXTRACTOR_VERSION, lexicons)) : null;
  const builder = new GraphBuilder(EXTRACTOR_VERSION, opts.spoolDir ?? null);
  const read: string[] = [];
  const warnings: BuildResult['warnings'] = [];
  let chars = 0;
  let cached = 0;
  const records: ReplyRecord[] | null = cacheDir ? [] : null;
  try {
    for await (const r of extractFiles(files, { lexiconFiles, cacheDir, workers: opts.workers, maxBytes: opts.maxBytes, ids })) {
      if ('skipped' in r) {
        skipped.push(r.skipped);
        opts.onFile?.(r.file, r.skipped);
        continue;
      }
      try {
        builder.addFragment(r.fragment);
      } catch (e) {
        const s = { file: r.file, reason: (e as Error).message };
        skipped.push(s);
        opts.onFile?.(r.file, s);
        continue;
      }
      read.push(r.file);
      if (read.length % MEMORY_CHECK_EVERY === 0) collectGarbageIfGrown();
      chars += r.chars;
      if (r.cached) cached++;
      if (records && r.key) records.push(replyRecord(r.file, r.key, r.fragment, r.chars, r.warnings));
      if (r.warnings?.length) warnings.push({ file: r.file, warnings: r.warnings });
      opts.onFile?.(r.file, null, r.warnings);
    }
  } catch (e) {
    builder.store.dispose();
    throw e;
  }
  return { store: builder.finish(), files: read, skipped, warnings, chars, cached, cacheDir, records: records?.length === read.length ? records : null };
}
