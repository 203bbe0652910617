import type { ReplyExtraction } from '../../extract/index.js';
import type { SkippedFile } from '../../ingest/index.js';

/** What every worker needs to process files; sent once, when the pool starts. */
export interface WorkerSetup {
  /** user lexicon files, loaded once per worker */
  lexiconFiles: string[];
  /** cache generation folder (see ../cache), or null when the cache is off */
  cacheDir: string | null;
}

/** The outcome of one file: its extraction, or why it was skipped. */
export type FileResult =
  | { file: string; extraction: ReplyExtraction; cached: boolean; chars: number }
  | { file: string; skipped: SkippedFile };
