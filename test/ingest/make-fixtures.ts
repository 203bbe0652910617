/**
 * Builders of real files in every input format, from a reply's text, for the ingest tests:
 * a .docx (jszip, WordprocessingML), a PDF with a real text layer (hand-written: Type0 font,
 * Identity-H encoding, ToUnicode CMap), a scanned-style PDF (an image-only page, no text),
 * and a web page with typical government-site chrome.
 */
import JSZip from 'jszip';

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A minimal but valid .docx: one <w:p> per non-empty line, optional core title. */
export async function makeDocx(text: string, title?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
  );
  // a line with tabs is a table row (consecutive rows one table), any other line a paragraph
  const para = (l: string) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(l)}</w:t></w:r></w:p>`;
  const row = (l: string) => `<w:tr>${l.split('\t').map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`;
  const paras = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i, all) => {
      if (!l.includes('\t')) return para(l);
      const open = all[i - 1]?.includes('\t') ? '' : '<w:tbl>';
      const close = all[i + 1]?.includes('\t') ? '' : '</w:tbl>';
      return open + row(l) + close;
    })
    .join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras}</w:body></w:document>`,
  );
  zip.file(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${title ? `<dc:title>${xmlEscape(title)}</dc:title>` : ''}</cp:coreProperties>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** Assemble PDF objects (bodies without "n 0 obj") into a file with a correct xref table. */
function assemblePdf(objects: (string | Buffer)[]): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(b);
    length += b.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/**
 * A PDF whose pages carry a text layer for `pages` (each an array of lines), set in a CID font
 * (each distinct character gets its own CID; the ToUnicode CMap maps it back), the way Chinese
 * government PDFs are typically produced.
 */
export function makeTextPdf(pages: string[][]): Uint8Array {
  const cids = new Map<string, number>();
  for (const page of pages) for (const line of page) for (const ch of line) if (!cids.has(ch)) cids.set(ch, cids.size + 1);
  // objects: 1 catalog, 2 pages, 3 type0 font, 4 cid font, 5 descriptor, 6 tounicode, then page/content pairs
  const first = 7;
  const kids = pages.map((_, i) => `${first + i * 2} 0 R`).join(' ');
  const entries = [...cids].map(([ch, cid]) => `<${hex4(cid)}> <${[...Buffer.from(ch, 'utf16le').swap16()].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase()}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    blocks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  const cmap = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /CIDToGIDMap /Identity >>',
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>',
    stream(cmap),
  ];
  pages.forEach((lines, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${first + i * 2 + 1} 0 R >>`);
    const body = lines.map((l) => `<${[...l].map((ch) => hex4(cids.get(ch)!)).join('')}> Tj T*`).join('\n');
    objects.push(stream(`BT\n/F1 12 Tf\n16 TL\n50 800 Td\n${body}\nET`));
  });
  return assemblePdf(objects);
}

/** A PDF like a scan: one page painted with an inline grey image and no text operators at all. */
export function makeScannedPdf(): Uint8Array {
  const pixels = 'BI /W 4 /H 4 /CS /G /BPC 8 ID ' + '\x80'.repeat(16) + ' EI';
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream(`q 595 0 0 842 0 0 cm\n${pixels}\nQ`),
  ]);
}

/** Split a long line into print lines of `width` characters, like a PDF's fixed column. */
export function wrap(line: string, width: number): string[] {
  const chars = [...line];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out.length ? out : [''];
}
