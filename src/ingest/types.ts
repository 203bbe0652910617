/** A reply as read from disk: clean text plus where it came from. */
export interface SourceDoc {
  /** reply id: the file name without extension (made unique by the reader when two files share a name) */
  id: string;
  /** the path as given by the user */
  file: string;
  /** clean text; every span in the graph points into this string */
  text: string;
  /** a title candidate from the container (HTML <title>, docx title), if any */
  titleHint?: string | null;
  /** the detected encoding or format, for the summary (utf-8, gb18030, docx, html …) */
  format?: string;
}

/** A file that could not be read, with a one-line reason. */
export interface SkippedFile {
  file: string;
  reason: string;
}
