/** The clean-up of decoded text (clean.ts) and the offset-keeping Traditional→Simplified step (simplify.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText, simplifyKeepingOffsets } from '../../src/ingest/index.js';
import { normaliseWidth, wrapWidth } from '../../src/ingest/clean.js';

// A reply as it comes out of a web page / a PDF, written for this test (not a seed).
const PAGE = [
  '发布时间：2024-03-01 浏览次数：88 字体：[ 大 中 小 ]',
  '分享到：微信 微博',
  '',
  '关于加快技工院校发展的答复',
  '',
  '李明代表：',
  '',
  '您提出的《关于加快技工院校发展的建议》收悉，现答复如下：',
  '',
  '一、加强培训，提升技能',
  '',
  '２０２３年，我市实施“技能照亮前程”培训行动，全年开展补贴性职业技能培训',
  '',
  '3.2万人次，其中ＡＩ应用培训１２００人次，推动技工院校与',
  '— 3 —',
  '企业共建实训基地。',
  '第 2 页 共 5 页',
  '（二）下一步工作打算',
  '我们将继续分享经验，组织技工院校教师参加全省教学能力大赛',
  '（三）强化保障',
  '',
  '',
  '',
  '特此答复。',
  '2024年5月20日',
  '联系人：王伟　　联系电话：0310-1234567',
  '【打印本页】 【关闭窗口】',
].join('\r\n');

describe('cleanText', () => {
  const clean = cleanText(PAGE);
  const lines = clean.split('\n');

  it('removes page furniture and keeps the rest of those lines', () => {
    expect(lines[0]).toBe('发布时间：2024-03-01');
    for (const junk of ['浏览次数', '字体', '分享到', '微博', '— 3 —', '第 2 页', '打印本页', '关闭窗口']) expect(clean).not.toContain(junk);
    expect(clean).toContain('我们将继续分享经验'); // 分享 in prose is not furniture
  });

  it('normalises full-width letters, digits and spaces', () => {
    expect(clean).toContain('2023年，我市实施');
    expect(clean).toContain('其中AI应用培训1200人次');
    expect(clean).toContain('联系人：王伟  联系电话：0310-1234567');
    expect(normaliseWidth('ＡＢＣ１２３　ｘ').length).toBe('ＡＢＣ１２３　ｘ'.length);
  });

  it('reads guillemets put for title marks as title marks (test/fixtures/dev d257), one character each', () => {
    expect(normaliseWidth('贯彻落实«广西壮族自治区技能人才队伍建设实施方案»，')).toBe('贯彻落实《广西壮族自治区技能人才队伍建设实施方案》，');
    expect(cleanText('落实«浙江省技能人才发展规划»。')).toBe('落实《浙江省技能人才发展规划》。');
  });

  it('joins lines broken inside a sentence, across blank lines and a printed page number', () => {
    expect(lines).toContain('2023年，我市实施“技能照亮前程”培训行动，全年开展补贴性职业技能培训3.2万人次，其中AI应用培训1200人次，推动技工院校与企业共建实训基地。');
  });

  it('does not join headings, salutations, list items, or the closing lines', () => {
    expect(lines).toContain('关于加快技工院校发展的答复');
    expect(lines).toContain('李明代表：');
    expect(lines).toContain('一、加强培训，提升技能');
    expect(lines).toContain('（二）下一步工作打算');
    expect(lines).toContain('我们将继续分享经验，组织技工院校教师参加全省教学能力大赛');
    expect(lines).toContain('（三）强化保障');
    expect(lines).toContain('特此答复。');
    expect(lines).toContain('2024年5月20日');
  });

  it('does not join a header whose long title line has no punctuation', () => {
    const header = ['潍坊市人力资源和社会保障局', '关于政协潍坊市第十三届委员会第三次会议第0213号提案的答复', '', '潍人社提字〔2024〕27号', '', '办理结果：B', '', '尊敬的王志刚委员：'];
    expect(cleanText(header.join('\n')).split('\n').filter(Boolean)).toEqual(header.filter(Boolean));
  });

  it('uses \\n line ends and at most one blank line', () => {
    expect(clean).not.toMatch(/\r|\n\n\n/);
    expect(clean).toMatch(/^发布时间/);
    expect(clean).toMatch(/联系电话：0310-1234567$/);
  });

  it('leaves the seeds almost untouched: only sentence-internal breaks are joined', () => {
    for (const f of readdirSync('seeds')) {
      const raw = readFileSync(`seeds/${f}`, 'utf8');
      const noSpace = (s: string): string => s.replace(/[\s\u3000]/g, '');
      expect(noSpace(cleanText(raw))).toBe(noSpace(raw).replace(/浏览次数:|字体:\[\]|分享:/g, ''));
    }
  });
});

describe('simplifyKeepingOffsets', () => {
  const TRAD = '二、下一步工作打算\n我們將繼續推動技工院校與企業共建實訓基地，舉辦職業技能競賽，對獲獎選手給予獎勵。\n臺灣同胞、衞生健康、綫上培訓';

  it('converts Traditional text to Simplified with the same length', () => {
    const s = simplifyKeepingOffsets(TRAD);
    expect(s).toBe('二、下一步工作打算\n我们将继续推动技工院校与企业共建实训基地，举办职业技能竞赛，对获奖选手给予奖励。\n台湾同胞、卫生健康、线上培训');
    expect(s!.length).toBe(TRAD.length);
  });

  it('leaves Simplified text alone (null), the seeds included', () => {
    for (const f of readdirSync('seeds')) expect(simplifyKeepingOffsets(readFileSync(`seeds/${f}`, 'utf8'))).toBeNull();
  });
});

describe('a text hard-wrapped at a fixed width (a PDF saved as text)', () => {
  // paragraphs of a reply written for this test, cut every 22 characters as pdftotext cuts a page's lines
  const PARAGRAPHS = [
    '芜湖市人力资源和社会保障局',
    '关于市政协十六届三次会议第74号提案的答复',
    '许文杰委员：',
    '　　你提出的《关于加快汽车产业技能人才培养的提案》收悉。经认真研究，现答复如下：',
    '　　一、推进技能等级认定',
    '　　支持奇瑞汽车股份有限公司开展企业技能人才自主评价，2023年认定汽车装调工、焊工等职业技能等级9800人次。推行“新八级”职业技能等级制度。',
    '　　二、落实激励政策',
    '　　落实《芜湖市产业人才集聚若干政策》，对新引进的技师、高级技师分别给予每月1000元、2000元生活补贴。建成省级技能大师工作室8个。',
    '　　联系人：汪晓丽，联系电话：0553-3112345，邮箱：rsj@wuhu.gov.cn',
  ];
  const wrap = (ps: string[], width: number) => ps.flatMap((p) => p.match(new RegExp(`.{1,${width}}`, 'gu'))!);
  const wrapped = wrap(PARAGRAPHS, 22);

  it('finds the width the lines were cut at, and none in a text of paragraphs', () => {
    expect(wrapWidth(wrapped)).toBe(22);
    expect(wrapWidth(PARAGRAPHS)).toBeNull();
    expect(wrapWidth(PAGE.split(/\r?\n/))).toBeNull();
  });

  it('joins the cut lines whatever their last word, a name or a number cut in two included', () => {
    const lines = cleanText(wrapped.join('\n')).split('\n');
    expect(lines).toContain('支持奇瑞汽车股份有限公司开展企业技能人才自主评价，2023年认定汽车装调工、焊工等职业技能等级9800人次。推行“新八级”职业技能等级制度。');
    expect(lines).toContain('你提出的《关于加快汽车产业技能人才培养的提案》收悉。经认真研究，现答复如下：');
    expect(lines.some((l) => l.includes('0553-3112345'))).toBe(true);
  });

  it('keeps indented paragraphs, headings and header lines apart', () => {
    const lines = cleanText(wrapped.join('\n')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(PARAGRAPHS.length);
    expect(lines.slice(0, 3)).toEqual(PARAGRAPHS.slice(0, 3));
    expect(lines).toContain('一、推进技能等级认定');
  });

  it('without indents, a line ending a sentence at the width ends its paragraph', () => {
    const second = '第二段从这里开始，一直写到二十二个字还不够长，所以要接着往下写，写满一行又一行，中间不停顿，也不换行，更不分段，直到这一段真正结束为止。';
    const third = '第三段也是一样的写法，写到足够长的时候就会被切成好几行，然后再由清理步骤把它们一行一行接起来，变回原来完整的一段话，一个字也不少。';
    const flat = ['甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌。', ...wrap([second, third], 22)];
    expect(wrapWidth(flat)).toBe(22);
    const lines = cleanText(flat.join('\n')).split('\n').filter(Boolean);
    expect(lines[0]).toBe('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌。');
    expect(lines).toEqual(['甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌。', second, third]);
  });
});
