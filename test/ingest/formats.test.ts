/**
 * One reply (seeds/000, 邯郸) in every format and encoding replies come in: the text that comes out
 * must carry the same reply as the UTF-8 file — same key lines, same extraction.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Converter } from 'opencc-js/cn2t';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSkipped, readDoc, type SourceDoc } from '../../src/ingest/index.js';
import { loadLexicons } from '../../src/lexicon/index.js';
import { processDoc } from '../../src/pipeline/process.js';
import { makeDocx, makeTextPdf, wrap } from './make-fixtures.js';

const SEED = 'seeds/000_8a2f8544eff6131c.txt';
const raw = readFileSync(SEED, 'utf8');
const KEY_LINES = ['邯郸市人力资源和社会保障局', '邯人社案字〔2023〕73号', '张钢委员：', '《技能强市行动方案(2023-2027年)》'];
const TITLE_LINE = '市人力资源和社会保障局 对政协邯郸市第十三届委员会 第三次会议第590号提案的答复';
const dir = mkdtempSync(join(tmpdir(), 'rg-formats-'));
let utf8: SourceDoc;

async function read(name: string, bytes: Uint8Array | string): Promise<SourceDoc> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const d = await readDoc(file);
  if (isSkipped(d)) throw new Error(`${name} skipped: ${d.reason}`);
  return d;
}

const nonBlankLines = (s: string): string[] => s.split('\n').filter((l) => l.trim() !== '');
const lexicons = loadLexicons([]);
function extractionSummary(d: SourceDoc): unknown {
  const x = processDoc(d, lexicons);
  return { fields: x.fields, mentions: x.mentions.map((m) => `${m.type}:${m.name}:${m.surface}`).sort() };
}

beforeAll(async () => {
  const d = await readDoc(SEED);
  if (isSkipped(d)) throw new Error(d.reason);
  utf8 = d;
});

describe('the UTF-8 seed', () => {
  it('reads as txt/utf-8 with the key lines', () => {
    expect(utf8.format).toBe('txt');
    expect(utf8.encoding).toBe('utf-8');
    expect(utf8.id).toBe('000_8a2f8544eff6131c');
    for (const l of KEY_LINES) expect(utf8.text).toContain(l);
    expect(utf8.text.split('\n')).toContain(TITLE_LINE);
    expect(utf8.original).toBeUndefined();
  });

  it('is extracted with the reply fields of the gold annotation, so the comparisons below mean something', () => {
    const gold = JSON.parse(readFileSync('test/fixtures/gold/000_8a2f8544eff6131c.gold.json', 'utf8')) as { reply: Record<string, unknown> };
    const { fields } = processDoc(utf8, lexicons);
    for (const k of ['city', 'docNumber', 'title', 'proposers'] as const) expect(fields[k]).toEqual(gold.reply[k]);
    expect(processDoc(utf8, lexicons).mentions.length).toBeGreaterThan(20);
  });
});

describe('plain text in other encodings gives the very same text', () => {
  const cases: [string, string, () => Buffer][] = [
    ['utf8-bom.txt', 'utf-8', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(raw, 'utf8')])],
    ['utf16le.txt', 'utf-16le', () => iconv.encode(raw, 'utf-16le', { addBOM: true })],
    ['utf16be.txt', 'utf-16be', () => iconv.encode(raw, 'utf-16be', { addBOM: true })],
    ['utf16le-nobom.txt', 'utf-16le', () => iconv.encode(raw, 'utf-16le')],
    ['gbk.txt', 'gb18030', () => iconv.encode(raw, 'gbk')],
    ['gb18030.md', 'gb18030', () => iconv.encode(raw, 'gb18030')],
    ['crlf-gbk.txt', 'gb18030', () => iconv.encode(raw.replace(/\n/g, '\r\n'), 'gbk')],
  ];
  for (const [name, encoding, bytes] of cases) {
    it(name, async () => {
      const d = await read(name, bytes());
      expect(d.encoding).toBe(encoding);
      expect(d.text).toBe(utf8.text);
      expect(d.traditional).toBeUndefined();
      expect(extractionSummary(d)).toEqual(extractionSummary(utf8));
    });
  }
});

describe('Traditional characters in Big5', () => {
  const traditional = Converter({ from: 'cn', to: 'tw' })(raw);
  let d: SourceDoc;
  beforeAll(async () => {
    d = await read('big5.txt', iconv.encode(traditional, 'big5'));
  });

  it('is detected as Big5 and converted to Simplified for matching', () => {
    expect(traditional).toContain('邯人社案字〔2023〕73號'); // the fixture really is Traditional
    expect(d.encoding).toBe('big5');
    expect(d.traditional).toBe(true);
    for (const l of KEY_LINES) expect(d.text).toContain(l);
    expect(d.text).toBe(utf8.text);
    expect(extractionSummary(d)).toEqual(extractionSummary(utf8));
  });

  it('keeps the Traditional original at the same offsets', () => {
    expect(d.original).toBeDefined();
    expect(d.original!.length).toBe(d.text.length);
    const at = d.text.indexOf('技能强市行动方案');
    expect(d.original!.slice(at, at + 8)).toBe('技能強市行動方案');
    const docNumber = '邯人社案字〔2023〕73号';
    const doc = d.text.indexOf(docNumber);
    expect(d.original!.slice(doc, doc + docNumber.length)).toBe('邯人社案字〔2023〕73號');
  });
});

describe('a web page in GBK with government-site chrome', () => {
  const paras = nonBlankLines(raw)
    .map((l) => `<p style="text-indent:2em">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  const page = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于厚植工匠精神的答复_邯郸市人力资源和社会保障局</title>
<style>.nav{color:red}</style><script>var visits = "浏览次数"; document.write("首页");</script></head>
<body>
<div class="header"><h1 class="logo">邯郸市人力资源和社会保障局</h1></div>
<div class="top-nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/bsfw">办事服务</a> <a href="/hdjl">互动交流</a></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/jytabl">建议提案办理</a></div>
<div class="main">
  <h1>邯郸市人力资源和社会保障局对政协第590号提案的答复</h1>
  <div class="info">发布时间：2023-06-05 浏览次数：1234 字体：[ 大 中 小 ]</div>
  <div id="zoom" class="article-content">
${paras}
  </div>
  <div class="bdshare">分享到：<a>微信</a><a>微博</a></div>
  <div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>
</div>
<div class="related"><ul><li><a href="/a1">关于加强职业技能培训的答复</a></li><li><a href="/a2">关于技工院校建设的答复</a></li></ul></div>
<div class="footer">版权所有：邯郸市人力资源和社会保障局 主办单位：邯郸市人力资源和社会保障局 冀ICP备12345678号</div>
</body></html>`;
  let d: SourceDoc;
  beforeAll(async () => {
    d = await read('reply.html', iconv.encode(page, 'gbk'));
  });

  it('decodes the declared charset and keeps the h1 as title hint', () => {
    expect(d.format).toBe('html');
    expect(d.encoding).toBe('gb18030');
    expect(d.titleHint).toBe('邯郸市人力资源和社会保障局对政协第590号提案的答复');
  });

  it('extracts the article only: the reply lines, no navigation, script, share bar or footer', () => {
    expect(nonBlankLines(d.text)).toEqual(nonBlankLines(utf8.text));
    for (const junk of ['首页', '政务公开', '版权所有', 'ICP', '分享到', '打印本页', 'document.write', '浏览次数', '关于技工院校建设的答复']) {
      expect(d.text).not.toContain(junk);
    }
    expect(extractionSummary(d)).toEqual(extractionSummary(utf8));
  });

  it('reads a page without charset declaration by detection (GBK bytes)', async () => {
    const p = await read('nocharset.htm', iconv.encode(page.replace(/<meta[^>]+>/, ''), 'gbk'));
    expect(p.encoding).toBe('gb18030');
    expect(nonBlankLines(p.text)).toEqual(nonBlankLines(utf8.text));
  });

  it('does not turn a source line break between Chinese characters into a space', async () => {
    const p = await read('sourcebreaks.html', Buffer.from('<html><body><div><p>计划组织联盟教师教学能\n      力大赛、班主任能力大赛，\n  举办ABC\nTraining。</p></div></body></html>'));
    expect(p.text).toBe('计划组织联盟教师教学能力大赛、班主任能力大赛，举办ABC Training。');
  });

  it('keeps the article when a chrome-like class sits on the body or a wrapper', async () => {
    const p = await read('wrapped.html', iconv.encode(page.replace('<body>', '<body class="header-fixed">').replace('<div class="main">', '<div class="main side-layout">'), 'gbk'));
    expect(nonBlankLines(p.text)).toEqual(nonBlankLines(utf8.text));
  });

  it('reads a page saved as .txt or without extension as a page', async () => {
    for (const name of ['saved-page.txt', 'saved-page']) {
      const p = await read(name, iconv.encode(page, 'gbk'));
      expect(p.format).toBe('html');
      expect(nonBlankLines(p.text)).toEqual(nonBlankLines(utf8.text));
    }
  });

  it('leads the text with the doc number of a metadata table outside the article, and the reply gets it', async () => {
    const meta = '<table class="xxgk"><tr><td>索引号：</td><td>QZ00112-0300-2024-00089</td><td>发布机构：</td><td>泉州市人社局</td></tr><tr><td>文号：</td><td>泉人社提〔2024〕21号</td><td>发布日期：</td><td>2024-07-16</td></tr></table>';
    const html = `<html><head><meta charset="utf-8"></head><body>${meta}<div class="article"><h1>关于市政协十四届三次会议第156号提案的答复</h1><p>林志明委员：</p><p>您提出的《关于加强鞋服产业技能人才培养的提案》收悉。经研究，现答复如下：</p><p>一、推进产教融合。支持黎明职业大学与企业共建产业学院，开展现代学徒制试点，2023年培养学徒1500人。</p><p>二、开展技能竞赛。举办泉州市第五届职业技能竞赛，设置鞋类设计师、服装制版师等赛项。</p><p>泉州市人力资源和社会保障局</p><p>2024年7月12日</p></div></body></html>`;
    const p = await read('meta.html', Buffer.from(html, 'utf8'));
    expect(nonBlankLines(p.text).slice(0, 2)).toEqual(['发布机构：泉州市人社局', '文号：泉人社提〔2024〕21号']);
    expect(p.text).not.toContain('索引号');
    const x = processDoc(p, loadLexicons([]));
    expect(x.fields.docNumber).toBe('泉人社提〔2024〕21号');
    expect(x.fields.date).toBe('2024-07-12');
  });

  it('leads the text with a reply title the portal sets above the article, so its session and number are read', async () => {
    const html = `<html><head><meta charset="utf-8"><title>关于市政协六届二次会议第88号提案的答复_绵阳市人民政府</title></head><body><div class="nav"><a href="/">首页</a></div><h1>绵阳市人力资源和社会保障局关于市政协六届二次会议第88号提案的答复</h1><div class="content"><p>王建军委员：</p><p>您提出的《关于加强电子信息产业技能人才培养的提案》收悉，现答复如下：</p><p>一、推进校企合作。支持绵阳职业技术学院与企业共建订单班，2023年培养学生1200人。</p><p>二、开展技能竞赛。举办绵阳市第三届职业技能大赛。</p><p>绵阳市人力资源和社会保障局</p><p>2024年6月20日</p></div></body></html>`;
    const p = await read('portal.html', Buffer.from(html, 'utf8'));
    expect(nonBlankLines(p.text)[0]).toBe('绵阳市人力资源和社会保障局关于市政协六届二次会议第88号提案的答复');
    const x = processDoc(p, loadLexicons([]));
    expect([x.fields.session, x.fields.proposalNumber, x.fields.proposalKind]).toEqual(['市政协六届二次会议', '88', '提案']);
    // an article that opens with its own title line gets no second one
    const own = await read('own-title.html', Buffer.from(html.replace('<p>王建军委员：</p>', '<p>关于市政协六届二次会议第88号提案的答复</p><p>王建军委员：</p>'), 'utf8'));
    expect(nonBlankLines(own.text)[0]).toBe('关于市政协六届二次会议第88号提案的答复');
  });

  it('takes the reply title an older portal sets in a bold table cell above the article, when the <title> names only the bureau', async () => {
    const html = `<html><head><meta charset="utf-8"><title>攀枝花市人力资源和社会保障局</title></head><body><table><tr><td class="nav">当前位置：首页 &gt; 信息公开</td></tr><tr><td align="center"><b>攀枝花市人力资源和社会保障局关于市十一届人大三次会议第0089号建议的答复</b></td></tr><tr><td align="center">发布时间：2024-07-09</td></tr><tr><td><table><tr><td>攀人社建〔2024〕26号</td></tr><tr><td>陈卫红代表：</td></tr><tr><td>　　您提出的《关于加强钒钛产业技能人才队伍建设的建议》收悉。经研究，现答复如下：</td></tr><tr><td>　　一是深化产教融合。支持攀枝花学院、攀枝花技师学院与攀钢集团有限公司共建钒钛产业学院，推行工学一体化培养模式，2023年培养钒钛产业技能人才1400人。</td></tr><tr><td>　　二是加强技能评价。支持攀钢集团有限公司开展企业技能人才自主评价和特级技师评聘，2023年评价技能人才5600人。</td></tr><tr><td align="right">攀枝花市人力资源和社会保障局</td></tr><tr><td align="right">2024年7月8日</td></tr></table></td></tr></table></body></html>`;
    const p = await read('table-title.html', Buffer.from(html, 'utf8'));
    expect(p.titleHint).toBe('攀枝花市人力资源和社会保障局关于市十一届人大三次会议第0089号建议的答复');
    const x = processDoc(p, loadLexicons([]));
    expect([x.fields.session, x.fields.proposalNumber, x.fields.proposalKind]).toEqual(['市十一届人大三次会议', '0089', '建议']);
  });

  it('takes the <title> without site suffix when there is no h1', async () => {
    const p = await read('noh1.html', Buffer.from(page.replace(/<h1>.*<\/h1>/, '').replace('charset=gb2312', 'charset=utf-8'), 'utf8'));
    expect(p.encoding).toBe('utf-8');
    expect(p.titleHint).toBe('关于厚植工匠精神的答复');
  });
});

describe('old-style pages', () => {
  it('finds the reply in a table layout between link columns, in Big5 with Traditional characters', async () => {
    const traditional = Converter({ from: 'cn', to: 'tw' })(raw);
    const links = (n: number): string => Array.from({ length: n }, (_, i) => `<a href="/l${i}">政務公開欄目${i}</a><br>`).join('');
    const body = nonBlankLines(traditional).map((l) => `${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}<br>`).join('\n');
    const page = `<html><head><meta charset="big5"><title>答覆</title></head><body>
<table width="980"><tr><td width="200">${links(30)}</td>
<td width="580"><font size="3">${body}</font></td>
<td width="200">${links(30)}</td></tr></table></body></html>`;
    const d = await read('table-big5.html', iconv.encode(page, 'big5'));
    expect(d.encoding).toBe('big5');
    expect(d.traditional).toBe(true);
    expect(nonBlankLines(d.text)).toEqual(nonBlankLines(utf8.text));
    expect(d.original).toContain('邯人社案字〔2023〕73號');
    expect(d.text).not.toContain('欄目');
    expect(extractionSummary(d)).toEqual(extractionSummary(utf8));
  });
});

describe('tables of figures', () => {
  const TABLE = '<tr><td>年度</td><td>培训人数</td><td>取证人数</td></tr><tr><td>2022年</td><td><p>3800人</p></td><td>3120人</td></tr><tr><td>2023年</td><td>4500人</td><td>3890人</td></tr>';
  const article = (table: string) =>
    `<html><head><meta charset="utf-8"></head><body><div class="article"><h1>关于市人大第142号建议的答复</h1><p>于海涛代表：</p><p>您提出的建议收悉。现答复如下：</p><p>一、培养情况。近两年培训情况如下：</p><table>${table}</table><p>二、下一步工作。继续开展培训。</p><p>威海市人力资源和社会保障局</p><p>2024年6月19日</p></div></body></html>`;

  it('a web page’s data table keeps its rows: cells separated by tabs; its figures count what their column says, in their row’s year', async () => {
    const p = await read('table.html', Buffer.from(article(TABLE), 'utf8'));
    expect(nonBlankLines(p.text)).toEqual(expect.arrayContaining(['年度\t培训人数\t取证人数', '2022年\t3800人\t3120人', '2023年\t4500人\t3890人']));
    const x = processDoc(p, lexicons);
    expect(x.metrics.map((m) => [m.surface, m.counts, m.year])).toEqual([
      ['3800人', '培训人数', 2022], ['3120人', '取证人数', 2022], ['4500人', '培训人数', 2023], ['3890人', '取证人数', 2023],
    ]);
    // each row is a sentence of its own, the evidence of its figures
    expect(x.sentences.map((s) => s.text)).toContain('2023年\t4500人\t3890人');
  });

  it('a Word table of figures is read as a web page’s: rows of cells', async () => {
    const d = await read('table.docx', await makeDocx('关于市人大第142号建议的答复\n于海涛代表：\n一、近两年培训情况如下：\n年度\t培训人数\n2022年\t3800人\n2023年\t4500人\n二、下一步继续开展培训。'));
    expect(nonBlankLines(d.text)).toEqual(['关于市人大第142号建议的答复', '于海涛代表：', '一、近两年培训情况如下：', '年度\t培训人数', '2022年\t3800人', '2023年\t4500人', '二、下一步继续开展培训。']);
    expect(processDoc(d, lexicons).metrics.map((m) => [m.counts, m.year])).toEqual([['培训人数', 2022], ['培训人数', 2023]]);
  });

  it('a table that lays out the page (a cell holding the article) is not a data table; a Markdown pipe table is one', async () => {
    const long = '您提出的关于加强技能人才培养的建议收悉，经认真研究，现将有关情况答复如下，请予审阅并提出宝贵意见，感谢您对人社工作的关心和支持。';
    const item = '一、开展培训。全年开展补贴性职业技能培训3.2万人次，其中新型学徒制培训1200人，培训合格率达到百分之九十五以上。';
    const p = await read('layout.html', Buffer.from(`<html><body><table><tr><td>栏目</td><td><p>${long}</p><p>${item}</p><p>${long}</p></td></tr></table></body></html>`, 'utf8'));
    expect(p.text).not.toContain('\t');
    expect(nonBlankLines(p.text)).toEqual([long, item, long]);
    const md = await read('table.md', Buffer.from('# 关于第5号建议的答复\n\n张三代表：\n\n一、近两年培训情况如下：\n\n| 年度 | 培训人数 |\n|---|---:|\n| 2022年 | 3800人 |\n| 2023年 | 4500人 |\n', 'utf8'));
    expect(nonBlankLines(md.text).slice(-3)).toEqual(['年度\t培训人数', '2022年\t3800人', '2023年\t4500人']);
    expect(processDoc(md, lexicons).metrics.map((m) => [m.counts, m.year])).toEqual([['培训人数', 2022], ['培训人数', 2023]]);
  });
});

describe('a Word .docx', () => {
  it('gives the reply paragraphs and the document title', async () => {
    const d = await read('reply.docx', await makeDocx(raw, '对政协第590号提案的答复'));
    expect(d.format).toBe('docx');
    expect(d.encoding).toBeUndefined();
    expect(d.titleHint).toBe('对政协第590号提案的答复');
    expect(nonBlankLines(d.text)).toEqual(nonBlankLines(utf8.text));
    expect(extractionSummary(d)).toEqual(extractionSummary(utf8));
  });
});

describe('a PDF whose producer set spaces around figures', () => {
  it('drops the spaces between Chinese and a figure, keeps the one before a figure that ends its line', async () => {
    const d = await read('spaced.pdf', makeTextPdf([['关于市人大第 142 号建议的答复', '凉人社建〔2024〕12 号', '累计培训绣娘 1.3 万人次，2021—2023 年', '联系人：任伟 3115918']]));
    expect(d.text).toContain('关于市人大第142号建议的答复');
    expect(d.text).toContain('凉人社建〔2024〕12号');
    expect(d.text).toContain('累计培训绣娘1.3万人次，2021—2023年');
    expect(d.text).toContain('联系人：任伟 3115918');
  });
});

describe('a legacy Word .doc (OLE compound file)', () => {
  const bytes = readFileSync('test/fixtures/ingest/seed-000.doc');

  it('gives the reply paragraphs with their curly quotes, and the same extraction as the text', async () => {
    const d = await read('reply.doc', bytes);
    expect(d.format).toBe('doc');
    expect(d.text).toContain('“邯郸工匠”');
    expect(nonBlankLines(d.text)).toEqual(nonBlankLines(utf8.text));
    expect(extractionSummary(d)).toEqual(extractionSummary(utf8));
  });

  it('is read by its content when misnamed .docx or named without extension; a WPS file in the Word format is read as one', async () => {
    expect((await read('renamed.docx', bytes)).format).toBe('doc');
    expect((await read('no-extension', bytes)).format).toBe('doc');
    const wps = await read('reply.wps', bytes);
    expect(nonBlankLines(wps.text)).toEqual(nonBlankLines(utf8.text));
  });
});

describe('a PDF with a text layer', () => {
  // printed at 36 characters a line, 40 lines a page, with page numbers "— n —" in the footer
  const lines = nonBlankLines(raw).flatMap((l) => wrap(l.trim(), 36));
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += 40) pages.push([...lines.slice(i, i + 40), `— ${pages.length + 1} —`]);
  let d: SourceDoc;
  beforeAll(async () => {
    d = await read('reply.pdf', makeTextPdf(pages));
  });

  it('comes out with every character of the reply and no page numbers', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(d.format).toBe('pdf');
    expect(d.text.replace(/\s/g, '')).toBe(utf8.text.replace(/\s/g, ''));
    expect(d.text).not.toMatch(/— \d+ —/);
  });

  it('joins the lines the print width cut inside sentences', () => {
    for (const l of KEY_LINES) expect(d.text).toContain(l);
    // wrapped as "…目标的技能人才培养课程体" / "系。三是…" in the source seed and again by the 36-character column
    expect(d.text).toContain('技能人才培养课程体系。三是积极筹备组建技工教育联盟');
    // lines that run to the right edge of the column were wrapped by the layout, the title included
    expect(d.text.split('\n')).toContain(TITLE_LINE);
    expect(nonBlankLines(d.text)).toEqual(nonBlankLines(utf8.text));
  });

  it('gives the same reply fields and entities as the UTF-8 text', () => {
    expect(extractionSummary(d)).toEqual(extractionSummary(utf8));
  });
});
