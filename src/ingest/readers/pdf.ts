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

/** Join a page's text items: a new line when the baseline moves by more than half the text height, or after an item marked end-of-line. */
function linesOf(items: TextItem[]): string {
  let out = '';
  let lastY: number | null = null;
  let lastEnd: number | null = null;
  for (const it of items) {
    const x = it.transform[4] ?? 0;
    const y = it.transform[5] ?? 0;
    const h = Math.abs(it.height) || Math.abs(it.transform[3] ?? 0) || 10;
    if (lastY !== null && Math.abs(y - lastY) > h / 2 && !out.endsWith('\n')) out += '\n';
    else if (lastEnd !== null && x - lastEnd > h * 0.8 && !out.endsWith('\n') && !out.endsWith(' ')) out += ' ';
    out += it.str;
    if (it.hasEOL) out += '\n';
    if (it.str !== '' || lastY === null) lastY = y;
    lastEnd = x + (it.width || 0);
  }
  return out;
}
