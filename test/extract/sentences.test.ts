import { describe, expect, it } from 'vitest';
import { extractMeasures } from '../../src/extract/measures/index.js';
import { splitSentences } from '../../src/extract/sentences/index.js';
import { seed } from './helpers.js';

const split = (text: string) => splitSentences(text, extractMeasures(text).map((m) => m.start)).map((s) => s.text);

describe('sentences on the seeds', () => {
  it('000: a sentence broken by the layout (课程体\\n\\n系。) is one sentence; header lines stay separate', () => {
    const ss = split(seed('000'));
    expect(ss).toContain('是否同意公开：是');
    expect(ss).toContain('办理结果：A');
    expect(ss).toContain('邯人社案字〔2023〕73号');
    expect(ss).toContain('张钢委员：');
    expect(ss.filter((s) => s.includes('课程体'))).toEqual([expect.stringMatching(/^同时，我们全面统筹规划.*课程体\n\n系。$/s)]);
    expect(ss).toContain('9-10月，计划组织联盟教师教学能\n\n力大赛、班主任能力大赛。');
    expect(ss).toContain('领导签发：王合章');
    expect(ss).toContain('2023年6月5日');
  });

  it('000: a sentence never crosses a numbered heading (一、 line, (一) heading, inline 二是)', () => {
    const ss = split(seed('000'));
    expect(ss).toContain('一、工作开展情况');
    expect(ss).toContain('(一) 开拓思路，制定技能强市行动方案。');
    const i = ss.findIndex((s) => s.startsWith('一是积极参加了省首届职业技能大赛'));
    expect(ss[i]!.endsWith('较好地展示了我市技能人才风采，')).toBe(true);
    expect(ss[i + 1]!.startsWith('二是主动作为')).toBe(true);
  });

  it('001: markdown marks are trimmed, bold 一是 headings are sentences, a line ending with ， runs on', () => {
    const ss = split(seed('001'));
    expect(ss).toContain('一、加强人才培养，职工培训规模不断扩大');
    expect(ss).toContain('一是继续做好企业职工培训。');
    expect(ss).toContain('各类企业职\n\n工培训符合职业技能培训补贴范围的，给予企业每人300元的补贴。');
    expect(ss).toContain('感谢您对我市企业职工技能人才培养工作的关心和支持，  \n并欢迎今后提出更多宝贵意见。');
    expect(ss).toContain('临人社函〔2023〕273号');
  });

  it('002 and 003: 签发人 and layout columns stay on their own line; page rules are dropped', () => {
    const s2 = split(seed('002'));
    expect(s2).toContain('签发人：段升显');
    expect(s2).not.toContain('---');
    expect(s2.some((s) => s.includes('强培训\n\n惠民生'))).toBe(true);
    const s3 = split(seed('003'));
    expect(s3[0]).toBe('三人社建提字〔2024〕11号　　             签发人：吕良涛');
    expect(s3[1]).toBe('办理结果：A');
  });

  it('004: web page furniture lines are separate sentences', () => {
    const ss = split(seed('004'));
    expect(ss.slice(0, 3)).toEqual([
      '索引号: 1133080000261812XL/2023-140940 成文日期: 2023-08-10',
      '公开方式: 主动公开 组配分类: 政协委员提案',
      '关于对市政协八届二次会议第009号提案的答复',
    ]);
  });

  it('spans point into the text', () => {
    const text = seed('002');
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('sentences on written text', () => {
  it('splits at 。！？； and keeps closing quotes; short header lines do not run on', () => {
    const text = '某某市人力资源和社会保障局\n某人社字〔2024〕5号\n赵强代表：\n您的建议“关于稳就业的建议。”收悉！我们高度重视；现答复如下：\n全市新增就业岗位1.2万个，开展“技能\n提升”培训3000人次。';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '某某市人力资源和社会保障局',
      '某人社字〔2024〕5号',
      '赵强代表：',
      '您的建议“关于稳就业的建议。”',
      '收悉！',
      '我们高度重视；',
      '现答复如下：',
      '全市新增就业岗位1.2万个，开展“技能\n提升”培训3000人次。',
    ]);
  });

  it('a page number between the halves of a broken sentence does not split it and is no sentence', () => {
    const text = '二、推进校企合作。我市组织技工院校与企业共建实训基地，开展订单式培养和新型学徒制培\n\n- 3 -\n\n训，全年培训2000人。\n第 4 页\n三、下一步打算';
    const ss = split(text);
    expect(ss).toEqual(['二、推进校企合作。', '我市组织技工院校与企业共建实训基地，开展订单式培养和新型学徒制培\n\n- 3 -\n\n训，全年培训2000人。', '三、下一步打算']);
  });
});
