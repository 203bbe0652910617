import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import common from './data/common-chars.json' with { type: 'json' };
import type { InputFormat } from './types.js';

/** Container format from the first bytes, or the reason the bytes are not a readable reply. */
export function sniffFormat(bytes: Uint8Array, fromName: InputFormat | null): { format: InputFormat } | { reason: string } {
  const head = latin1(bytes.subarray(0, 8));
  if (head.startsWith('%PDF')) return { format: 'pdf' };
  if (head.startsWith('PK\x03\x04')) {
    if (latin1(bytes.subarray(0, 65536)).includes('word/')) return { format: 'docx' };
    return { reason: 'zip archive that is not a Word .docx document' };
  }
  // an OLE compound file: read as a Word .doc, whatever its name says (the reader tells an .xls or a damaged file apart)
  if (head.startsWith('\xD0\xCF\x11\xE0')) return { format: 'doc' };
  if (head.startsWith('\x89PNG') || head.startsWith('\xFF\xD8\xFF') || head.startsWith('GIF8')) return { reason: 'image: no text to read (OCR it first)' };
  if (head.startsWith('{\\rtf')) return { reason: 'RTF is not supported: save it as .docx or .txt' };
  if (fromName === 'pdf') return { reason: 'not a PDF (no %PDF header): damaged or mislabelled file' };
  if (fromName === 'docx') return { reason: 'not a .docx (no zip header): damaged or mislabelled file' };
  if (fromName === 'doc') return { reason: 'not a Word .doc or WPS document in the Word format (no OLE header): damaged or mislabelled file, or an old WPS format: save it as .docx' };
  if (fromName === 'html') return { format: 'html' };
  // a page saved without extension or as .txt is still a page
  if (fromName !== 'md' && looksLikeHtml(bytes)) return { format: 'html' };
  return { format: fromName ?? 'txt' };
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = latin1(bytes.subarray(0, 1024)).replace(/^\xEF\xBB\xBF/, '');
  if (head.charCodeAt(1) === 0 || head.charCodeAt(0) === 0) head = head.replace(/\x00/g, ''); // UTF-16
  return /^[\s\xFF\xFE]*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html[\s>])/i.test(head);
}

/** An encoding guess for text bytes. */
export interface EncodingGuess {
  /** iconv-lite name: utf-8, utf-16le, utf-16be, gb18030, big5 … */
  encoding: string;
  /** number of bytes of a byte-order mark at the start */
  bom: number;
  /** number of bytes of an incomplete UTF-8 sequence at the very end (truncated file) */
  truncatedTail?: number;
}

/**
 * Detect the character encoding of text bytes: BOM first, then UTF-16 by its zero bytes, then
 * strict UTF-8 validation, then chardet's candidates plus GB18030 and Big5, each decoded and scored
 * by how many frequent Chinese characters and how few replacement characters it yields.
 * Returns a reason when the bytes look binary or no candidate decodes to plausible text.
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess | { reason: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };

  const sample = bytes.subarray(0, 65536);
  const zeros = zeroBytes(sample);
  if (zeros.even + zeros.odd > 0) {
    // UTF-16 without BOM: ASCII characters put their zero byte on one side (odd offsets in LE,
    // even in BE), Han characters only rarely (U+4E00 …); binary data has zeros on both sides
    if (zeros.odd > zeros.even * 2 && validUtf16(bytes, 'utf-16le')) return { encoding: 'utf-16le', bom: 0 };
    if (zeros.even > zeros.odd * 2 && validUtf16(bytes, 'utf-16be')) return { encoding: 'utf-16be', bom: 0 };
    return { reason: 'binary file (contains zero bytes), not text' };
  }

  const utf8 = utf8Validity(bytes);
  if (utf8 === 'valid') return { encoding: 'utf-8', bom: 0 };
  if (typeof utf8 === 'number') return { encoding: 'utf-8', bom: 0, truncatedTail: utf8 };

  // chardet's first guess is tried first (it wins ties), then the Chinese encodings
  const top = chardet.analyse(sample.subarray(0, 16384))[0];
  const guess = top ? iconvName(top.name) : undefined;
  const candidates = new Set([...(guess ? [guess] : []), 'gb18030', 'big5', 'utf-8']);
  let best: { encoding: string; score: number; bad: number; length: number } | null = null;
  for (const encoding of candidates) {
    const text = iconv.decode(Buffer.from(sample), encoding);
    const s = plausibility(text);
    if (!best || s.score > best.score) best = { encoding, ...s, length: text.length };
  }
  // the best-scoring decoding wins (GB18030 on ties: it is tried first); rare characters lower the
  // score but only undecodable bytes and control characters make the file unreadable
  if (!best || best.bad > Math.max(2, best.length * 0.02)) {
    return { reason: 'binary file or unknown text encoding (no encoding decodes it to plausible text)' };
  }
  return { encoding: best.encoding, bom: 0 };
}

/** Per UTF-16 code unit: 1 frequent Han character, 2 bad (replacement, control, private use, C1). */
const CLASS = new Uint8Array(65536);
for (const ch of common.chars) CLASS[ch.charCodeAt(0)] = 1;
for (let c = 0; c < 0x20; c++) if (c !== 9 && c !== 10 && c !== 13) CLASS[c] = 2;
for (let c = 0x80; c < 0xa0; c++) CLASS[c] = 2;
for (let c = 0xe000; c <= 0xf8ff; c++) CLASS[c] = 2;
CLASS[0xfffd] = 2;

/** Score decoded text: frequent Han characters count for, replacement, control and private-use characters against. */
export function plausibility(text: string): { score: number; bad: number } {
  let score = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = CLASS[c];
    if (k === 1) score += 2;
    else if (k === 2) {
      bad++;
      score -= 8;
    } else if (c >= 0x3400 && c <= 0x9fff) score -= 0.5; // a Han character, but not a frequent one
  }
  return { score, bad };
}

const CHARDET_TO_ICONV: Record<string, string> = {
  'UTF-8': 'utf-8',
  GB18030: 'gb18030',
  Big5: 'big5',
  'EUC-JP': 'euc-jp',
  Shift_JIS: 'shift_jis',
  'EUC-KR': 'euc-kr',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

function iconvName(chardetName: string): string | undefined {
  return CHARDET_TO_ICONV[chardetName];
}

/** iconv-lite name for a charset label as declared in HTML (gb2312 and gbk are read as their superset gb18030). */
export function normaliseCharsetLabel(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(l)) return 'gb18030';
  if (/^(big5|big5-hkscs|x-x-big5|cp950)$/.test(l)) return 'big5';
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  return iconv.encodingExists(l) ? l : null;
}

/** 'valid', the length of an incomplete sequence at the end (truncated file), or 'invalid'. */
function utf8Validity(bytes: Uint8Array): 'valid' | 'invalid' | number {
  // validated natively without decoding (the text is decoded once, later)
  if (isUtf8(bytes)) return 'valid';
  // a file cut in the middle of a character: only the last 1–3 bytes are an incomplete sequence
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut]!;
    if (lead >= 0xc0) return isUtf8(bytes.subarray(0, bytes.length - cut)) ? cut : 'invalid';
    if ((lead & 0xc0) !== 0x80) return 'invalid';
  }
  return 'invalid';
}

function validUtf16(bytes: Uint8Array, enc: 'utf-16le' | 'utf-16be'): boolean {
  const text = iconv.decode(Buffer.from(bytes.subarray(0, 65536 - (65536 % 2))), enc);
  const s = plausibility(text);
  return s.score > 0 && s.bad <= Math.max(2, text.length * 0.02);
}

function zeroBytes(b: Uint8Array): { even: number; odd: number } {
  // most text has none, as one native search tells
  if (Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(0) < 0) return { even: 0, odd: 0 };
  let even = 0;
  let odd = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 0) (i % 2 === 0 ? even++ : odd++);
  return { even, odd };
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}
