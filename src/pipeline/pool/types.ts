import type { ReplyFragment } from '../../graph/index.js';
import type { SkippedFile } from '../../ingest/index.js';

/** What every worker needs to process files; sent once, when the pool starts. */
export interface WorkerSetup {
  /** user lexicon files, loaded once per worker */
  lexiconFiles: string[];
  /** cache generation folder (see ../cache), or null when the cache is off */
  cacheDir: string | null;
  /** files larger than this are skipped (bytes; default: ingest's DEFAULT_MAX_BYTES) */
  maxBytes?: number;
}

/** A file to process and the reply id listInputs gave it (unique in the corpus). */
export type FileTask = [file: string, id: string];

/** The outcome of one file: its reply's graph fragment, or why it was skipped. */
export type FileResult =
  | { file: string; fragment: ReplyFragment; cached: boolean; chars: number; warnings?: string[]; /** cache key, when the cache is on */ key?: string }
  | { file: string; skipped: SkippedFile };
