import JSZip from 'jszip';
import mammoth from 'mammoth';
import { UnreadableError } from '../types.js';
import type { ReaderResult } from './types.js';

/** A Word .docx: the raw text of its paragraphs (mammoth), and the document title from its properties. */
export async function readDocx(bytes: Uint8Array): Promise<ReaderResult> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer })).value;
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
