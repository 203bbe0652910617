import { describe, expect, it } from 'vitest';
import { extractMeasures } from '../../src/extract/measures/index.js';
import type { Measure } from '../../src/extract/types.js';
import { seed } from './helpers.js';

const top = (ms: Measure[]) => ms.filter((m) => m.level === 1);
const childrenOf = (ms: Measure[], path: string) => ms.filter((m) => m.parentPath === path);

describe('measures on the seeds', () => {
  it('000 Handan: 一、/(一)/一是 nesting, 二、下步工作措施 planned, closing excluded', () => {
    const text = seed('000');
    const ms = extractMeasures(text);
    expect(top(ms).map((m) => m.heading)).toEqual(['工作开展情况', '下步工作措施']);
    expect(top(ms).map((m) => m.status)).toEqual(['done', 'planned']);
    // (一)…(五) under each section, written with both (一) and （二）
    expect(childrenOf(ms, '1').map((m) => m.marker)).toEqual(['(一)', '（二）', '（三）', '(四)', '(五)']);
    expect(childrenOf(ms, '2')).toHaveLength(5);
    expect(childrenOf(ms, '1')[0]!.heading).toBe('开拓思路，制定技能强市行动方案');
    // 一是 二是 三是 inside running text of (三), one of them across a broken line (课程体\n\n系。)
    expect(childrenOf(ms, '1.3').map((m) => m.heading)).toEqual(['积极推动技工院校改革', '将工学一体的理念贯穿专业建设的始终', '积极筹备组建技工教育联盟']);
    expect(childrenOf(ms, '1.3')[1]!.text).toContain('课程体\n\n系。');
    expect(ms.every((m) => m.status === (m.path.startsWith('2') ? 'planned' : 'done'))).toBe(true);
    expect(ms.every((m) => m.level === m.path.split('.').length)).toBe(true);
    const thanks = text.indexOf('再次感谢');
    expect(Math.max(...ms.map((m) => m.end))).toBeLessThanOrEqual(thanks);
    expect(ms.find((m) => m.path === '2')!.text.endsWith('并开展“师带徒”职业技能培训。')).toBe(true);
  });

  it('001 Linfen: markdown headings of mixed depth are siblings; the unnumbered 下一步 paragraph is a planned measure holding the bold 一是 items', () => {
    const ms = extractMeasures(seed('001'));
    expect(top(ms).map((m) => m.marker)).toEqual(['一、', '二、', '三、', '四、', '']);
    expect(top(ms)[3]!.heading).toBe('强化奖励激励，工匠社会认可度明显提高');
    const next = top(ms)[4]!;
    expect(next.status).toBe('planned');
    expect(next.heading.startsWith('下一步，我局将结合您反映的问题')).toBe(true);
    expect(childrenOf(ms, next.path).map((m) => m.heading)).toEqual(['继续做好企业职工培训', '推进技工教育发展', '持续深化校企合作', '不断完善激励机制']);
    expect(childrenOf(ms, next.path).every((m) => m.status === 'planned')).toBe(true);
    expect(ms.filter((m) => m.status === 'planned')).toHaveLength(5);
    expect(ms.some((m) => m.text.includes('以上答复'))).toBe(false);
  });

  it('002 Puyang: ### **一、…** headings, 一是…五是 items, 下一步 paragraph planned', () => {
    const ms = extractMeasures(seed('002'));
    expect(top(ms).map((m) => m.heading)).toEqual([
      '加强顶层设计，优化职业技能培训制度',
      '加强政策引导，发挥企业培训主体作用',
      '强化产教融合，统筹发展职业教育和职业培训',
      '强化赛事引领，大力开展各类职业技能竞赛活动',
      expect.stringMatching(/^下一步，市人社局以积极备战河南省第三届职业技能大赛/),
    ]);
    expect([2, 3, 4].map((i) => childrenOf(ms, String(i)).length)).toEqual([5, 3, 4]);
    expect(childrenOf(ms, '2')[2]!.heading).toBe('优化企业培训内容');
    // a heading that runs across a broken line (…提供遵循和依\n\n据)
    expect(childrenOf(ms, '4')[0]!.heading).toBe('制定《濮阳市职业技能竞赛管理办法》，为全市所有职业技能竞赛活动提供遵循和依据，引领我市职业技能竞赛工作蓬勃发展');
    expect(ms.filter((m) => m.status === 'planned').map((m) => m.path)).toEqual(['5']);
    expect(ms.some((m) => m.text.includes('最后，再次感谢'))).toBe(false);
  });

  it('003 Sanmenxia: sections on one line each (一、…。一是…), 下一步 paragraph after 五、', () => {
    const ms = extractMeasures(seed('003'));
    expect(top(ms).map((m) => m.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '']);
    expect(top(ms)[0]!.heading).toBe('支持企业培养各类技能人才');
    expect(childrenOf(ms, '1').map((m) => m.heading)).toEqual(['大力开展企业职工技能培训评价工作', expect.stringMatching(/^支持企业、院校、职业培训机构承建/), '积极推进产教融合、校企合作']);
    expect(childrenOf(ms, '3')).toHaveLength(0);
    expect(top(ms)[5]!.status).toBe('planned');
    expect(top(ms)[4]!.text.endsWith('2022年以来已有9名企业技能人才取得中级职称。')).toBe(true);
    expect(top(ms)[5]!.text).not.toContain('2024年5月28日');
  });

  it('004 Quzhou: (一)…(六) with 一是 items, 三、下步重点工作 planned, its 下步, paragraph is not a second measure', () => {
    const ms = extractMeasures(seed('004'));
    expect(top(ms).map((m) => [m.heading, m.status])).toEqual([['基本情况', 'done'], ['主要工作开展情况', 'done'], ['下步重点工作', 'planned']]);
    expect(childrenOf(ms, '2').map((m) => m.heading)).toEqual(['积极强化政策保障', '广泛开展技能培训和竞赛活动', '探索构建多元化评价体系', '强化人才激励机制', '搭建技能人才培养平台', '加大新时代工匠宣传力度']);
    expect(childrenOf(ms, '2.4').map((m) => m.heading)).toEqual(['建立新时代浙江工匠(原为高技能领军人才)评选培育制度', '继续落实技师(高级技师)人才津贴制度', '推行企业新型学徒制']);
    expect(childrenOf(ms, '3')).toHaveLength(0);
    expect(ms.some((m) => m.text.includes('感谢你对衢州'))).toBe(false);
  });
});

describe('measures on replies of other shapes', () => {
  it('employment reply numbered 1. 2. 3. under 一、, a year line is not an item', () => {
    const text = [
      '关于加快零工市场建设的答复',
      '李明代表：',
      '您提出的建议收悉，现答复如下：',
      '一、工作进展',
      '1.建成零工驿站。今年以来在各街道建成零工驿站12个，',
      '为灵活就业人员提供岗位信息。',
      '2023.',
      '2、开展技能培训。面向零工人员开展短期培训860人次。',
      '3. 落实社保补贴。对就业困难人员给予社会保险补贴。',
      '二、下一步工作',
      '1.扩大驿站覆盖面。',
      '2.完善线上平台。',
      '感谢您对人社工作的支持。',
      '某某市人力资源和社会保障局',
      '2024年6月1日',
    ].join('\n');
    const ms = extractMeasures(text);
    expect(ms.map((m) => `${m.path} ${m.marker} ${m.heading} ${m.status}`)).toEqual([
      '1 一、 工作进展 done',
      '1.1 1. 建成零工驿站 done',
      '1.2 2、 开展技能培训 done',
      '1.3 3. 落实社保补贴 done',
      '2 二、 下一步工作 planned',
      '2.1 1. 扩大驿站覆盖面 planned',
      '2.2 2. 完善线上平台 planned',
    ]);
    expect(ms[1]!.text).toContain('2023.');
    expect(ms[6]!.text).toBe('2.完善线上平台。');
  });

  it('a reply with only 一是 二是 has them at level 1; 今后，… closes with a planned measure', () => {
    const text = [
      '王芳委员：',
      '　　您提出的提案收悉。现答复如下：',
      '　　一是加大就业补贴力度。全年发放稳岗返还资金1500万元。',
      '　　二是强化统一是非标准的劳动监察。畅通投诉渠道。',
      '　　三是推进劳动争议调解。',
      '　　今后，我们将进一步加强部门协作，切实维护劳动者权益。',
      '　　此复。',
    ].join('\n');
    const ms = extractMeasures(text);
    expect(ms.map((m) => [m.path, m.level, m.marker, m.heading, m.status])).toEqual([
      ['1', 1, '一是', '加大就业补贴力度', 'done'],
      ['2', 1, '二是', '强化统一是非标准的劳动监察', 'done'],
      ['3', 1, '三是', '推进劳动争议调解', 'done'],
      ['4', 1, '', '今后，我们将进一步加强部门协作，切实维护劳动者权益', 'planned'],
    ]);
    expect(ms[3]!.text).not.toContain('此复');
  });

  it('markdown reply: ## 一、 / ### （一） / bold 一是, next steps headed 今后工作打算', () => {
    const text = [
      '# 某某市人力资源和社会保障局',
      '## 关于第12号建议的答复',
      '张华代表：',
      '## 一、主要做法',
      '### （一）推进技能提升',
      '**一是开展岗位练兵。**组织企业开展岗位练兵活动。',
      '**二是举办技能竞赛。**承办全省焊工技能竞赛。',
      '### （二）强化就业服务',
      '建立就业服务站。',
      '## 二、今后工作打算',
      '### **（一）扩大培训规模**',
      '继续开展新型学徒制培训。',
      '以上答复，请予指导。',
    ].join('\n');
    const ms = extractMeasures(text);
    expect(ms.map((m) => [m.path, m.heading, m.status])).toEqual([
      ['1', '主要做法', 'done'],
      ['1.1', '推进技能提升', 'done'],
      ['1.1.1', '开展岗位练兵', 'done'],
      ['1.1.2', '举办技能竞赛', 'done'],
      ['1.2', '强化就业服务', 'done'],
      ['2', '今后工作打算', 'planned'],
      ['2.1', '扩大培训规模', 'planned'],
    ]);
    expect(ms[6]!.text).toBe('### **（一）扩大培训规模**\n继续开展新型学徒制培训。');
  });

  it('a paragraph opening with a date is body text; a date alone on its line closes the body', () => {
    const text = '一、工作情况\n2023年4月25日，我市成功承办全省技能大赛。\n二、下一步工作\n继续办好大赛。\n某某市人力资源和社会保障局\n2024年5月28日';
    const ms = extractMeasures(text);
    expect(ms.map((m) => m.text)).toEqual(['一、工作情况\n2023年4月25日，我市成功承办全省技能大赛。', '二、下一步工作\n继续办好大赛。']);
  });

  it('a lone 一是 in running text or 统一是 is not a list', () => {
    const ms = extractMeasures('一、基本情况\n我市坚持统一是核心，唯一是底线，一是指导思想要明确。\n二、工作成效\n成效明显。');
    expect(ms.map((m) => m.path)).toEqual(['1', '2']);
  });
});
