import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { cleanText } from './clean.js';
import { sniffFormat } from './detect.js';
import { formatFromName } from './formats.js';
import { baseId, listedId } from './list.js';
import { errorReason } from './reason.js';
import { readDocx } from './readers/docx.js';
import { readDoc as readWordDoc } from './readers/doc.js';
import { readHtml } from './readers/html.js';
import { readMd } from './readers/md.js';
import { readPdf } from './readers/pdf.js';
import { readTxt } from './readers/txt.js';
import type { ReaderResult } from './readers/types.js';
import { simplifyKeepingOffsets } from './simplify.js';
import { pairStraightQuotes } from './straight-quotes.js';
import { UnreadableError, type ReadOptions, type SkippedFile, type SourceDoc } from './types.js';

/** Files larger than this are skipped unless ReadOptions.maxBytes says otherwise (20 MiB: a reply is rarely over 1 MiB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Read one reply file into a SourceDoc (clean text, Simplified for matching, original kept),
 * or a SkippedFile with a one-line reason. Never throws for bad input.
 */
export async function readDoc(file: string, opts: ReadOptions = {}): Promise<SourceDoc | SkippedFile> {
  try {
    return await read(file, opts);
  } catch (e) {
    // a bug, not bad input: still one line, and the build goes on
    return { file, reason: `cannot read: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}` };
  }
}

async function read(file: string, opts: ReadOptions): Promise<SourceDoc | SkippedFile> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const named = formatFromName(file);
  if ('reason' in named) return { file, reason: named.reason };

  let bytes: Uint8Array;
  try {
    bytes = await readCapped(file, maxBytes);
  } catch (e) {
    if (e instanceof UnreadableError) return { file, reason: e.message };
    return { file, reason: errorReason(e, 'cannot read') };
  }
  if (bytes.length === 0) return { file, reason: 'empty file' };

  const sniffed = sniffFormat(bytes, named.format);
  if ('reason' in sniffed) return { file, reason: sniffed.reason };
  const format = sniffed.format === 'txt' && extname(file).toLowerCase().startsWith('.m') ? 'md' : sniffed.format;

  let got: ReaderResult;
  try {
    got = await readerFor(format)(bytes);
  } catch (e) {
    if (e instanceof UnreadableError) return { file, reason: e.message };
    return { file, reason: `cannot read ${format}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}` };
  }

  const clean = cleanText(got.text);
  if (clean.trim() === '') return { file, reason: format === 'html' ? 'no text in the page' : 'no text (blank file)' };
  const simplified = simplifyKeepingOffsets(clean);
  const paired = pairStraightQuotes(simplified ?? clean);
  const doc: SourceDoc = { id: opts.id ?? listedId(file) ?? baseId(file), file, text: paired ?? simplified ?? clean, format };
  if (simplified !== null || paired !== null) doc.original = clean;
  if (simplified !== null) doc.traditional = true;
  if (got.encoding) doc.encoding = got.encoding;
  if (got.titleHint !== undefined) {
    const hint = got.titleHint && cleanText(got.titleHint);
    doc.titleHint = hint ? (simplified !== null ? (simplifyKeepingOffsets(hint) ?? hint) : hint) : null;
  }
  if (got.warnings.length > 0) doc.warnings = got.warnings;
  return doc;
}

export function isSkipped(x: SourceDoc | SkippedFile): x is SkippedFile {
  return 'reason' in x;
}

function readerFor(format: SourceDoc['format']): (b: Uint8Array) => ReaderResult | Promise<ReaderResult> {
  switch (format) {
    case 'html':
      return readHtml;
    case 'docx':
      return readDocx;
    case 'doc':
      return readWordDoc;
    case 'pdf':
      return readPdf;
    case 'md':
      return readMd;
    default:
      return readTxt;
  }
}

/** The file's bytes; UnreadableError when it is bigger than `max` (checked on the open handle, before reading). */
async function readCapped(file: string, max: number): Promise<Uint8Array> {
  const fh = await open(file, 'r');
  try {
    const { size } = await fh.stat();
    if (size > max) {
      throw new UnreadableError(`file too large (${sizeText(size)}, limit ${sizeText(max)}; raise the limit to read it: build --max-file-size)`);
    }
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}

function mib(n: number): string {
  return (n / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}

/** A size as people read it: 52 MiB, 800 KiB, 12 bytes. */
function sizeText(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${mib(bytes)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
