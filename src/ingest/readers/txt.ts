import { decodeText } from '../decode.js';
import type { ReaderResult } from './types.js';

/** Plain text (.txt, .md): detect the encoding and decode; Markdown is kept as written. */
export function readTxt(bytes: Uint8Array): ReaderResult {
  const d = decodeText(bytes);
  return { text: d.text, encoding: d.encoding, warnings: d.warnings };
}
