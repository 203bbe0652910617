/**
 * A scraped folder with broken files: every good reply is read, every bad file is named once
 * with a one-line reason, and nothing throws.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, isSkipped, listInputs, readDoc, type SkippedFile, type SourceDoc } from '../../src/ingest/index.js';
import { makeScannedPdf } from './make-fixtures.js';

const seed = readFileSync('seeds/003_cf776358110b3d8e.txt');
const root = mkdtempSync(join(tmpdir(), 'rg-bad-'));
const p = (...parts: string[]): string => join(root, ...parts);

/** A newsroom page: not a reply, but text that must still be read. */
const NEWS = `<html><head><meta charset="utf-8"><title>我市举办第三届职业技能大赛_新闻中心</title></head><body>
<nav><a href="/">首页</a><a href="/news">新闻中心</a></nav>
<div class="content"><h1>我市举办第三届职业技能大赛</h1>
<p>11月20日，第三届全市职业技能大赛在市技师学院开幕，来自全市45家企业和8所技工院校的620名选手参加焊工、电工、数控车工等12个项目的比赛。</p>
<p>大赛由市人力资源和社会保障局、市总工会联合主办，获得各项目第一名的选手将按规定申报“市技术能手”称号。</p></div>
<footer>主办：市人民政府办公室</footer></body></html>`;

let listed: Awaited<ReturnType<typeof listInputs>>;
let results: (SourceDoc | SkippedFile)[];

beforeAll(async () => {
  mkdirSync(p('2023', 'hebei'), { recursive: true });
  mkdirSync(p('2024', 'hebei'), { recursive: true });
  writeFileSync(p('good.txt'), seed);
  writeFileSync(p('news.html'), NEWS);
  writeFileSync(p('empty.txt'), '');
  writeFileSync(p('blank.txt'), ' \n\r\n\t \n');
  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
  writeFileSync(p('binary.txt'), binary);
  // cut in the middle of the last Chinese character (a 3-byte UTF-8 sequence: keep its first byte only)
  let lead = seed.length - 1;
  while (seed[lead]! < 0xe0) lead--;
  writeFileSync(p('truncated.txt'), seed.subarray(0, lead + 1));
  // an OLE header and nothing after it: a .doc cut short (a whole one is read: formats.test.ts)
  writeFileSync(p('legacy.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  writeFileSync(p('renamed-doc.docx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
  writeFileSync(p('broken.pdf'), Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'));
  writeFileSync(p('scan.pdf'), makeScannedPdf());
  writeFileSync(p('photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  writeFileSync(p('huge.txt'), '');
  truncateSync(p('huge.txt'), 50 * 1024 * 1024); // 50 MiB (sparse)
  writeFileSync(p('.hidden.txt'), seed);
  // a browser's "save page as" folder next to a page: its assets are not replies, not errors either
  mkdirSync(p('news_files'));
  writeFileSync(p('news_files', 'style.css'), 'body{}');
  writeFileSync(p('news_files', 'jquery.js'), 'var a;');
  // the same name in two folders
  writeFileSync(p('2023', 'hebei', 'reply.txt'), seed);
  writeFileSync(p('2024', 'hebei', 'reply.txt'), seed);
  writeFileSync(p('reply.md'), seed);
  // links: a loop back to an ancestor, a link to itself, a dangling link
  symlinkSync(root, p('2023', 'loop'));
  symlinkSync(p('2023', 'hebei'), p('2024', 'alias')); // the same folder twice: read once, not an error
  symlinkSync(p('good.txt'), p('good-link.txt')); // the same file twice
  symlinkSync(p('self'), p('self'));
  symlinkSync(p('missing-target.txt'), p('dangling.txt'));
  // a folder 60 levels deep
  let deep = p('deep');
  for (let i = 0; i < 60; i++) deep = join(deep, `d${i}`);
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(deep, 'deep-reply.txt'), seed);

  listed = await listInputs([root, p('does-not-exist'), p('good.txt')]);
  results = await Promise.all(listed.files.map((f) => readDoc(f, { id: listed.ids.get(f) })));
});

function reasonOf(file: string): string | undefined {
  const all = [...listed.skipped, ...results.filter(isSkipped)];
  const hits = all.filter((s) => s.file === file);
  expect(hits.length, `${file} named ${hits.length} times`).toBeLessThanOrEqual(1);
  return hits[0]?.reason;
}

describe('a folder of good and bad files', () => {
  it('reads every good file, including the deep one, the news page and the truncated one', () => {
    const read = results.filter((r): r is SourceDoc => !isSkipped(r)).map((d) => d.file);
    expect(read.sort()).toEqual(
      [p('good.txt'), p('news.html'), p('truncated.txt'), p('reply.md'), p('2023', 'hebei', 'reply.txt'), p('2024', 'hebei', 'reply.txt')]
        .concat(join(p('deep'), ...Array.from({ length: 60 }, (_, i) => `d${i}`), 'deep-reply.txt'))
        .sort(),
    );
  });

  it('names each bad file once, with its reason', () => {
    expect(reasonOf(p('empty.txt'))).toBe('empty file');
    expect(reasonOf(p('blank.txt'))).toMatch(/no text/);
    expect(reasonOf(p('binary.txt'))).toMatch(/binary/);
    expect(reasonOf(p('legacy.doc'))).toMatch(/legacy Office file.*damaged \.doc/);
    expect(reasonOf(p('renamed-doc.docx'))).toMatch(/legacy Office file/);
    expect(reasonOf(p('broken.pdf'))).toMatch(/damaged PDF/);
    expect(reasonOf(p('scan.pdf'))).toMatch(/no text layer.*OCR/);
    expect(reasonOf(p('photo.jpg'))).toMatch(/image/);
    expect(reasonOf(p('huge.txt'))).toBe('file too large (50 MiB, limit 20 MiB; raise the limit to read it: build --max-file-size)');
    expect(reasonOf(p('2023', 'loop'))).toMatch(/symlink loop/);
    expect(reasonOf(p('self'))).toMatch(/symlink loop/);
    expect(reasonOf(p('dangling.txt'))).toMatch(/no such file/);
    expect(reasonOf(p('does-not-exist'))).toMatch(/no such file/);
  });

  it('gives one-line reasons without stack traces', () => {
    const all = [...listed.skipped, ...results.filter(isSkipped)];
    expect(all.length).toBe(13);
    for (const s of all) {
      expect(s.reason).not.toMatch(/\n|    at /);
      expect(s.reason.length).toBeLessThan(160);
    }
  });

  it('reads a file or folder reached twice (named again, linked) once, without complaint', () => {
    expect(listed.files.filter((f) => f.endsWith('good.txt') || f.endsWith('good-link.txt'))).toEqual([p('good.txt')]);
    expect(listed.files.some((f) => f.includes('alias'))).toBe(false);
    expect(reasonOf(p('2024', 'alias'))).toBeUndefined();
  });

  it('ignores hidden files and web-page assets', () => {
    expect(listed.files).not.toContain(p('.hidden.txt'));
    expect(reasonOf(p('.hidden.txt'))).toBeUndefined();
    expect(reasonOf(p('news_files', 'style.css'))).toBeUndefined();
    expect(listed.files.some((f) => f.includes('news_files'))).toBe(false);
  });

  it('keeps the text of a truncated UTF-8 file, with a warning', () => {
    const d = results.find((r) => r.file === p('truncated.txt')) as SourceDoc;
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings?.[0]).toMatch(/truncated UTF-8/);
    expect(d.text).toContain('三人社建提字〔2024〕11号');
  });

  it('reads a page that is not a reply like any other text', () => {
    const d = results.find((r) => r.file === p('news.html')) as SourceDoc;
    expect(d.titleHint).toBe('我市举办第三届职业技能大赛');
    expect(d.text).toContain('获得各项目第一名的选手将按规定申报“市技术能手”称号。');
    expect(d.text).not.toContain('新闻中心');
  });
});

describe('reply ids', () => {
  it('are unique when names repeat in different folders, the later ones suffixed by their folders', async () => {
    const ids = [...listed.ids.values()];
    expect(new Set(ids).size).toBe(ids.length);
    expect(listed.ids.get(p('2023', 'hebei', 'reply.txt'))).toBe('reply');
    expect(listed.ids.get(p('2024', 'hebei', 'reply.txt'))).toBe('reply~2024-hebei');
    expect(listed.ids.get(p('reply.md'))).toMatch(/^reply~rg-bad-/); // its folder, the temp dir
    const reply = results.find((r) => r.file === p('2024', 'hebei', 'reply.txt')) as SourceDoc;
    expect(reply.id).toBe('reply~2024-hebei');
    // without an explicit id, readDoc takes the one listInputs gave the path
    expect(((await readDoc(p('2024', 'hebei', 'reply.txt'))) as SourceDoc).id).toBe('reply~2024-hebei');
    expect(((await readDoc(p('2023', 'hebei', 'reply.txt'))) as SourceDoc).id).toBe('reply');
  });

  it('use the extension for files of one folder that differ only by it', async () => {
    const d = mkdtempSync(join(tmpdir(), 'rg-ext-'));
    for (const ext of ['txt', 'pdf', 'html']) writeFileSync(join(d, `r003.${ext}`), 'x');
    const { ids } = await listInputs([d]);
    expect([...ids.values()]).toEqual(['r003', 'r003~pdf', 'r003~txt']);
  });

  it('are stable from one listing to the next', async () => {
    const again = await listInputs([root]);
    expect([...again.ids]).toEqual([...(await listInputs([root])).ids]);
    expect(again.ids.get(p('2024', 'hebei', 'reply.txt'))).toBe('reply~2024-hebei');
  });
});

describe('size limit', () => {
  it('reads files up to the limit given and skips bigger ones', async () => {
    const big = p('big-but-allowed.txt');
    writeFileSync(big, Buffer.concat(Array.from({ length: 400 }, () => seed))); // ≈ 3 MB of real text
    expect(isSkipped(await readDoc(big, { maxBytes: 1024 * 1024 }))).toBe(true);
    const d = await readDoc(big);
    expect(isSkipped(d)).toBe(false);
    expect((d as SourceDoc).text.split('三人社建提字〔2024〕11号').length - 1).toBe(400);
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });
});
