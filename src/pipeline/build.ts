import { GraphBuilder, type ReplyGraph } from '../graph/index.js';
import { isSkipped, listInputs, readDoc, type SkippedFile } from '../ingest/index.js';
import { loadLexicons } from '../lexicon/index.js';
import { EXTRACTOR_VERSION, processDoc } from './process.js';

export interface BuildOptions {
  /** user lexicon files (--lexicon) */
  lexiconFiles?: string[];
  /** called once the file list is known */
  onStart?: (total: number) => void;
  /** called after each file, read or skipped */
  onFile?: (file: string, skipped: SkippedFile | null) => void;
}

export interface BuildResult {
  graph: ReplyGraph;
  /** files read as replies, in build order */
  files: string[];
  /** inputs that could not be read, with the reason */
  skipped: SkippedFile[];
  /** characters of clean text extracted */
  chars: number;
}

/**
 * Build the graph of a corpus: list inputs, read each file, extract and
 * resolve it, and add it to the graph in sorted file order (deterministic).
 */
export async function buildCorpus(inputs: readonly string[], opts: BuildOptions = {}): Promise<BuildResult> {
  const lexicons = loadLexicons(opts.lexiconFiles ?? []);
  const { files, skipped } = await listInputs(inputs);
  opts.onStart?.(files.length);
  const builder = new GraphBuilder(EXTRACTOR_VERSION);
  const read: string[] = [];
  let chars = 0;
  for (const file of files) {
    const doc = await readDoc(file);
    if (isSkipped(doc)) {
      skipped.push(doc);
      opts.onFile?.(file, doc);
      continue;
    }
    try {
      builder.addReply(processDoc(doc, lexicons));
      read.push(file);
      chars += doc.text.length;
      opts.onFile?.(file, null);
    } catch (e) {
      const s = { file, reason: `extraction failed: ${(e as Error).message}` };
      skipped.push(s);
      opts.onFile?.(file, s);
    }
  }
  return { graph: builder.finish(), files: read, skipped, chars };
}
