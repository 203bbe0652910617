import { GraphBuilder, type ReplyGraph } from '../graph/index.js';
import { listInputs, type SkippedFile } from '../ingest/index.js';
import { loadLexicons } from '../lexicon/index.js';
import { cacheFingerprint, openCacheGeneration } from './cache/index.js';
import { extractFiles } from './pool/index.js';
import { EXTRACTOR_VERSION } from './process.js';

export interface BuildOptions {
  /** user lexicon files (--lexicon) */
  lexiconFiles?: string[];
  /** called once the file list is known */
  onStart?: (total: number) => void;
  /** called after each file, read or skipped */
  onFile?: (file: string, skipped: SkippedFile | null) => void;
  /** worker threads extracting files (0: all in the calling thread). Default: one per available core. */
  workers?: number;
  /** cache root folder (see pipeline/cache), or false/absent to extract every file afresh */
  cache?: string | false;
}

export interface BuildResult {
  graph: ReplyGraph;
  /** files read as replies, in build order */
  files: string[];
  /** inputs that could not be read, with the reason */
  skipped: SkippedFile[];
  /** characters of clean text extracted */
  chars: number;
  /** files whose extraction came from the cache */
  cached: number;
}

/**
 * Build the graph of a corpus: list inputs, extract and resolve each file
 * (in worker threads, through the cache), and add the results to the graph
 * in sorted file order, so the graph is the same whatever the number of
 * workers. Only one reply's extraction at a time per in-flight file is held;
 * the graph keeps what nodes and edges need.
 */
export async function buildCorpus(inputs: readonly string[], opts: BuildOptions = {}): Promise<BuildResult> {
  const lexiconFiles = opts.lexiconFiles ?? [];
  const lexicons = loadLexicons(lexiconFiles); // validates the user's files before any work
  const { files, skipped } = await listInputs(inputs);
  opts.onStart?.(files.length);
  const cacheDir = opts.cache ? openCacheGeneration(opts.cache, EXTRACTOR_VERSION, cacheFingerprint(EXTRACTOR_VERSION, lexicons)) : null;
  const builder = new GraphBuilder(EXTRACTOR_VERSION);
  const read: string[] = [];
  let chars = 0;
  let cached = 0;
  for await (const r of extractFiles(files, { lexiconFiles, cacheDir, workers: opts.workers })) {
    if ('skipped' in r) {
      skipped.push(r.skipped);
      opts.onFile?.(r.file, r.skipped);
      continue;
    }
    try {
      builder.addReply(r.extraction);
    } catch (e) {
      const s = { file: r.file, reason: (e as Error).message };
      skipped.push(s);
      opts.onFile?.(r.file, s);
      continue;
    }
    read.push(r.file);
    chars += r.chars;
    if (r.cached) cached++;
    opts.onFile?.(r.file, null);
  }
  return { graph: builder.finish(), files: read, skipped, chars, cached };
}
