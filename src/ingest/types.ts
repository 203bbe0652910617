/** A reply as read from disk: clean text plus where it came from. */
export interface SourceDoc {
  /** reply id: the file name without extension (made unique by listInputs when two files share a name) */
  id: string;
  /** the path as given by the user */
  file: string;
  /**
   * clean text, in Simplified characters; every span in the graph points into this string.
   * Recognisers match it; evidence sentences are cut from it (or from `original` at the same offsets).
   */
  text: string;
  /**
   * the clean text before Traditional→Simplified conversion and the pairing of straight quotes ("…" → “…”), when either changed anything.
   * Same length as `text`: offsets are interchangeable, so evidence can quote the original characters.
   */
  original?: string;
  /** a title candidate from the container (HTML <h1>/<title>, docx core title), if any */
  titleHint?: string | null;
  /** the container format: txt, md, html, docx, pdf */
  format?: InputFormat;
  /** the character encoding the bytes were decoded from (utf-8, utf-16le, gb18030, big5 …); absent for docx/pdf */
  encoding?: string;
  /** Traditional script detected and converted to Simplified for matching */
  traditional?: boolean;
  /** non-fatal remarks about the read, one line each (e.g. "truncated UTF-8 at the end: 2 bytes dropped") */
  warnings?: string[];
}

/** Container formats the reader understands. */
export type InputFormat = 'txt' | 'md' | 'html' | 'docx' | 'doc' | 'pdf';

/** A file that could not be read, with a one-line reason. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** Options of readDoc. */
export interface ReadOptions {
  /** the reply id to use (from listInputs' `ids`); default: the id the latest listInputs gave this path, else the file name without extension */
  id?: string;
  /** files larger than this are skipped with a reason; default DEFAULT_MAX_BYTES (20 MiB) */
  maxBytes?: number;
}

/** What listInputs returns. */
export interface InputList {
  /** readable candidate files, sorted, each once (by real path) */
  files: string[];
  /** reply id for each file in `files`, unique across the list */
  ids: Map<string, string>;
  /** paths that could not be listed (missing, unreadable folder, symlink loop …), each with a reason */
  skipped: SkippedFile[];
}

/** Raised by a reader when a file cannot be turned into text; the message is the one-line reason. */
export class UnreadableError extends Error {
  override name = 'UnreadableError';
}
