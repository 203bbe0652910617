/** What a format reader hands back: raw text (before clean-up) and what it learnt on the way. */
export interface ReaderResult {
  text: string;
  /** the character encoding, for formats that have one (txt, md, html) */
  encoding?: string;
  /** a title candidate from the container */
  titleHint?: string | null;
  /** non-fatal remarks, one line each */
  warnings: string[];
}
