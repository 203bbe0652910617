import iconv from 'iconv-lite';
import { detectEncoding } from './detect.js';
import { UnreadableError } from './types.js';

/** Decoded text with the encoding it came from. */
export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

/**
 * Decode text bytes in any supported encoding. `declared` (an HTML charset, already normalised)
 * is trusted when the bytes decode cleanly with it; otherwise the encoding is detected.
 * Throws UnreadableError (one-line reason) for binary or undecodable bytes.
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): Decoded {
  const warnings: string[] = [];
  const guess = detectEncoding(bytes);
  if ('reason' in guess) {
    if (declared && declared !== 'utf-8') return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared, warnings };
    throw new UnreadableError(guess.reason);
  }
  // a declared charset wins over a guess unless the bytes are valid UTF-8 / carry a BOM (mis-declared pages are common)
  let encoding = guess.encoding;
  if (declared && guess.bom === 0 && guess.encoding !== 'utf-8' && declared !== 'utf-8') encoding = declared;
  let body = Buffer.from(bytes.buffer, bytes.byteOffset + guess.bom, bytes.byteLength - guess.bom);
  if (guess.truncatedTail) {
    body = body.subarray(0, body.length - guess.truncatedTail);
    warnings.push(`truncated UTF-8: incomplete character at the end (${guess.truncatedTail} bytes) dropped`);
  }
  let text = iconv.decode(body, encoding, { stripBOM: true });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding, warnings };
}
