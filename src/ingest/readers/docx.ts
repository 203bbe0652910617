import JSZip from 'jszip';
import mammoth from 'mammoth';
import { UnreadableError } from '../types.js';
import { fragmentLines } from './html.js';
import type { ReaderResult } from './types.js';

/**
 * A Word .docx: its paragraphs (mammoth's HTML of them, a line each; a table of figures as rows
 * of tab-separated cells, as a web page's), and the document title from its properties.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReaderResult> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  try {
    // images carry no text: not inlined as base64 (a scanned page would be megabytes of HTML)
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
    text = fragmentLines((await mammoth.convertToHtml({ buffer }, { convertImage })).value);
  } catch (e) {
    throw new UnreadableError(`damaged .docx: ${firstLine(e)}`);
  }
  return { text, titleHint: await coreTitle(buffer), warnings: [] };
}

/** dc:title of docProps/core.xml, when the author set one. */
async function coreTitle(buffer: Buffer): Promise<string | null> {
  try {
    const zip = await JSZip.loadAsync(buffer);
    const core = await zip.file('docProps/core.xml')?.async('string');
    const m = core ? /<dc:title>([^<]*)<\/dc:title>/.exec(core) : null;
    const t = m ? unescapeXml(m[1]!).trim() : '';
    return t || null;
  } catch {
    return null;
  }
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e]) return named[e]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}
