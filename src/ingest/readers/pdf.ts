import { isFurnitureLine } from '../clean.js';
import { UnreadableError } from '../types.js';
import type { ReaderResult } from './types.js';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/**
 * A PDF with a text layer (pdfjs-dist, legacy build for Node): text items joined into lines by
 * their baseline, pages separated by a blank line. A PDF whose pages carry no text (a scan) is
 * unreadable, with that reason; so is a password-protected or damaged one.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReaderResult> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string } | null)?.name;
    if (name === 'PasswordException') throw new UnreadableError('password-protected PDF');
    throw new UnreadableError(`damaged PDF: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  try {
    const pages: string[] = [];
    let titleHint: string | null = null;
    try {
      const meta = await doc.getMetadata();
      const t = (meta.info as { Title?: unknown } | undefined)?.Title;
      if (typeof t === 'string' && t.trim()) titleHint = t.trim();
    } catch {
      // metadata is optional
    }
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.flatMap((i) => ('str' in i ? [i as TextItem] : []))));
      page.cleanup();
    }
    const text = pages.join('\n\n');
    if (text.replace(/\s/g, '') === '') {
      throw new UnreadableError(`PDF has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'} of images, probably a scan): OCR it first`);
    }
    return { text, titleHint, warnings: [] };
  } finally {
    await doc.destroy();
  }
}

interface PrintLine {
  text: string;
  /** left and right ends of the line's text, in page units */
  x0: number;
  x1: number;
  /** text height */
  h: number;
}

/**
 * Join a page's text items into lines: a new line when the baseline moves by more than half the
 * text height, or after an item marked end-of-line. A line that runs to the right edge of the text
 * column and does not end a sentence was wrapped by the layout: the next line is appended to it.
 */
function linesOf(items: TextItem[]): string {
  const lines: PrintLine[] = [];
  let cur: PrintLine | null = null;
  let lastY: number | null = null;
  for (const it of items) {
    const x = it.transform[4] ?? 0;
    const y = it.transform[5] ?? 0;
    const h = Math.abs(it.height) || Math.abs(it.transform[3] ?? 0) || 10;
    if (cur && lastY !== null && it.str !== '' && Math.abs(y - lastY) > h / 2) cur = null;
    if (!cur) {
      if (it.str === '') continue;
      cur = { text: '', x0: x, x1: x, h };
      lines.push(cur);
    } else if (x - cur.x1 > h * 0.8 && !cur.text.endsWith(' ')) cur.text += ' ';
    cur.text += it.str;
    cur.x1 = Math.max(cur.x1, x + (it.width || 0));
    cur.h = Math.max(cur.h, h);
    if (it.str !== '') lastY = y;
    if (it.hasEOL) cur = null;
  }
  const right = Math.max(...lines.map((l) => l.x1));
  const left = Math.min(...lines.map((l) => l.x0));
  let out = '';
  for (const l of lines) l.text = withoutTypesetSpaces(l.text);
  lines.forEach((l, i) => {
    out += l.text.trimEnd();
    const next = lines[i + 1];
    const wrapped =
      next !== undefined &&
      right - l.x1 < l.h * 1.5 &&
      next.x0 - left < next.h * 2.5 &&
      !SENTENCE_END.test(l.text.trimEnd()) &&
      !isFurnitureLine(next.text);
    // a Latin word wrapped to the next line keeps a space; Chinese and figures join directly
    out += !wrapped ? '\n' : /[A-Za-z]$/.test(l.text.trimEnd()) && /^[A-Za-z]/.test(next.text.trimStart()) ? ' ' : '';
  });
  return out;
}

/**
 * Spaces a PDF producer sets around a figure or Latin word inside Chinese (第 0045 号, 绣娘 1.3 万人次,
 * 〔2024〕12 号): typesetting, not text; dropped when the figure stands between Chinese on both sides
 * or touches a mark on its other side. A space before a figure that ends the line (联系人：任伟 3115918)
 * is the writer's and stays.
 */
const CJK = '\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef';
const TOKEN_CHARS = '0-9A-Za-z.%';
const TOKEN = `[${TOKEN_CHARS}]+`;
const TYPESET_SPACES: readonly RegExp[] = [
  new RegExp(`(?<=[${CJK}]) (${TOKEN}) (?=[${CJK}])`, 'g'),
  new RegExp(`(?<=[${CJK}]) (${TOKEN})(?=[^\\s${TOKEN_CHARS}])`, 'g'),
  new RegExp(`(?<=[^\\s${TOKEN_CHARS}])(${TOKEN}) (?=[${CJK}])`, 'g'),
];

function withoutTypesetSpaces(line: string): string {
  return TYPESET_SPACES.reduce((t, re) => t.replace(re, '$1'), line);
}

/** A line ending like this ends its paragraph even when it reaches the right edge. */
const SENTENCE_END = /[。！？；：!?;:]$/;
