import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../src/extract/metrics/index.js';
import { contextOf } from './helpers.js';

const counted = (text: string) => extractMetrics(contextOf(text, { date: '2024-06-30' })).map((m) => [m.surface, m.counts]);

describe('what a figure counts when it stands before a noun', () => {
  it('names the noun after the measure word (院校, 企业; 代表团, 选手)', () => {
    expect(counted('由2所院校携手6家企业组建智能制造产业学院。')).toEqual([
      ['2所', '院校'],
      ['6家', '企业'],
    ]);
    expect(counted('本届大赛共有17个代表团1436名选手参赛，设置赛项42个。')).toEqual([
      ['17个', '代表团'],
      ['1436名', '选手'],
      ['42个', '设置赛项'],
    ]);
  });

  it('takes a verb inside the noun phrase up to its head (企业退休人员, 返乡创业人员), but not a predicate after 人', () => {
    expect(counted('全市约126万名企业退休人员受益，扶持2.3万名返乡创业人员创办实体，1.2万人享受人才津贴。')).toEqual([
      ['126万名', '企业退休人员'],
      ['2.3万名', '返乡创业人员'],
      ['1.2万人', '享受人才津贴'],
    ]);
  });

  it('keeps the verb phrase before a figure that closes its clause, and does not carry the noun over', () => {
    expect(counted('2023年，全县共为356家企业发放稳岗返还资金1280万元，培训农民工4200人次。')).toEqual([
      ['356家', '企业'],
      ['1280万元', '发放稳岗返还资金'],
      ['4200人次', '培训农民工'],
    ]);
  });

  it('an adjective may open the noun (困难群众), a verb right after the figure does not (4300人达成就业意向)', () => {
    expect(counted('为2150名困难群众代缴养老保险费。')).toEqual([['2150名', '困难群众']]);
    expect(counted('招聘会上4300人达成就业意向。')[0]![1]).not.toBe('');
    expect(counted('招聘会上4300人达成就业意向。')[0]![1]).toContain('达成就业意向');
  });

  it('drops item numbers and 不少于 from the phrase before', () => {
    expect(counted('2.评选市级首席技师20名。\n3.每季度举办专场招聘会不少于3场。')).toEqual([
      ['20名', '评选市级首席技师'],
      ['3场', '每季度举办专场招聘会'],
    ]);
  });

  it('reads figures in a reply run on after the salutation (张三代表：…)', () => {
    const text = '巴特尔代表：您提出的建议收悉，现答复如下：2023年全旗开展牧民技能培训3200人次，实现转移就业1.1万人。';
    expect(counted(text)).toEqual([
      ['3200人次', '开展牧民技能培训'],
      ['1.1万人', '实现转移就业'],
    ]);
  });
});

describe('time phrases and 共有 before the counted phrase', () => {
  it('2023年末 and 共有 are not part of what is counted', () => {
    expect(counted('2023年末全县失业保险参保人数达到5.4万人，全县共有“金牌调解员”16名。')).toEqual([
      ['5.4万人', '失业保险参保人数'],
      ['16名', '金牌调解员'],
    ]);
  });
});

describe('a phrase after a figure that is not its noun', () => {
  it('is still what the next figure counts (1.2万人享受人才津贴6000余万元)', () => {
    expect(counted('全县共有1.2万人享受人才津贴6000余万元。')).toEqual([
      ['1.2万人', '享受人才津贴'],
      ['6000余万元', '享受人才津贴'],
    ]);
  });
});

describe('a long phrase, or one opening with a coverb, counts from its action', () => {
  it('never half a name cut at a character count; a place list after 在 and the bodies after 会同 are left out; 建设委 is a body, no action', () => {
    expect(counted('联合北京大学、清华大学、北京理工大学举办海英人才专场招聘会12场。')).toEqual([['12场', '举办海英人才专场招聘会']]);
    expect(counted('在兰山街道、柳青街道建成标准化零工市场2处。')).toEqual([['2处', '建成标准化零工市场']]);
    expect(counted('会同区住房城乡建设委、区国资委筹集人才公寓1800套。')).toEqual([['1800套', '筹集人才公寓']]);
    // a short phrase without a coverb stays whole
    expect(counted('为骑手参保1.1万人。')).toEqual([['1.1万人', '为骑手参保']]);
  });
});
