import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../src/extract/metrics/index.js';
import type { Metric } from '../../src/extract/types.js';
import { contextOf, seed } from './helpers.js';

const metrics = (text: string, date: string | null = null) => extractMetrics(contextOf(text, { date }));
const bySurface = (ms: Metric[], surface: string) => {
  const hit = ms.filter((m) => m.surface === surface);
  if (hit.length === 0) throw new Error(`no metric ${surface}`);
  return hit[0]!;
};
const pick = (m: Metric) => ({ value: m.value, unit: m.unit, counts: m.counts, year: m.year });

describe('metrics on the seeds', () => {
  it('003 Sanmenxia: people trained since a year, money in 万元, counts without 全市/共', () => {
    const text = seed('003');
    const ms = metrics(text, '2024-05-28');
    expect(pick(bySurface(ms, '4859人'))).toEqual({ value: 4859, unit: '人', counts: '开展企业新型学徒制培训', year: 2019 });
    expect(pick(bySurface(ms, '2300万元'))).toEqual({ value: 23_000_000, unit: '元', counts: '获得省级奖补资金', year: null });
    expect(pick(bySurface(ms, '11207人次'))).toEqual({ value: 11207, unit: '人次', counts: '开展企业职工技能培训评价', year: 2024 });
    expect(bySurface(ms, '5个').counts).toBe('承建省级高技能人才培训基地');
    expect(bySurface(ms, '164家').counts).toBe('参加企业');
    expect(pick(bySurface(ms, '4300余人'))).toMatchObject({ value: 4300, counts: '达成就业意向' });
    // slogans, codes, document numbers, dates and phone numbers are not figures
    const surfaces = ms.map((m) => m.surface).join(' ');
    for (const s of ['8+6', '6”', '13561', '11+N', '1+8', '〔2021〕', '7号', '2850339', '2024年', '28日', '第188号']) expect(surfaces).not.toContain(s);
    // spans hold the surface
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
    // 抄送 … （3份） is the closing, not a figure
    expect(ms.every((m) => m.start < text.indexOf('2024年5月28日'))).toBe(true);
  });

  it('001 Linfen: 6.3万余人 is 63000 people trained since 2021', () => {
    const ms = metrics(seed('001'));
    expect(pick(bySurface(ms, '6.3万余人'))).toEqual({ value: 63000, unit: '人', counts: '开展各类企业在岗职工培训', year: 2021 });
    expect(pick(bySurface(ms, '300元'))).toMatchObject({ value: 300, unit: '元' });
    expect(ms).toHaveLength(2);
  });

  it('004 Quzhou: 截至6月底 and 今年 take the reply year, unknown → null; 万人次, %, 家', () => {
    const text = seed('004');
    const known = metrics(text, '2023-07-14');
    const first = known.filter((m) => m.surface === '7.9万人次');
    expect(first.map(pick)).toEqual([
      { value: 79000, unit: '人次', counts: '开展培训', year: 2023 },
      { value: 79000, unit: '人次', counts: '开展职业技能培训', year: 2023 },
    ]);
    expect(pick(bySurface(known, '1.98万人'))).toEqual({ value: 19800, unit: '人', counts: '新增技能人才', year: 2023 });
    expect(pick(bySurface(known, '141%'))).toEqual({ value: 141, unit: '%', counts: '完成全年任务', year: 2023 });
    expect(known.filter((m) => m.surface === '18家').map((m) => m.counts)).toEqual(['公共实训基地', '培训示范企业']);
    expect(pick(bySurface(known, '47.89万人次'))).toEqual({ value: 478900, unit: '人次', counts: '参与职工', year: 2022 });
    expect(pick(bySurface(known, '7500余万元'))).toMatchObject({ value: 75_000_000, unit: '元' });
    const unknown = metrics(text, null);
    expect(bySurface(unknown, '1.98万人').year).toBeNull();
    // 2.5+0.5 and 2+1 study models, 8090宣讲 and phone 13362006642 are not figures
    expect(unknown.some((m) => /^(2|0\.5|1|8090|13362006642)$/.test(String(m.value)) && /[+]/.test(text[m.start - 1] ?? ''))).toBe(false);
    expect(unknown.some((m) => m.surface.includes('13362006642'))).toBe(false);
  });

  it('002 Puyang: spaced figures (8797 人次), percentages, enumerations inside a competition sentence', () => {
    const ms = metrics(seed('002'), '2024-06-20');
    expect(pick(bySurface(ms, '8797 人次'))).toMatchObject({ value: 8797, unit: '人次', counts: '培养高技能人才' });
    expect(pick(bySurface(ms, '492人'))).toMatchObject({ value: 492, counts: '开展新型学徒制培训' });
    expect(pick(bySurface(ms, '55%'))).toEqual({ value: 55, unit: '%', counts: '赛项增加', year: 2023 });
    expect(ms.some((m) => m.surface.startsWith('2024'))).toBe(false);
  });
});

describe('metrics on written text', () => {
  it('skips ordinals, ranges, codes, phone numbers and years; reads 亿元 and 近年来', () => {
    const text = [
      '关于第3号建议的答复',
      '潍人社字〔2024〕27号',
      '一、工作情况',
      '2023年，全市发放创业担保贷款2.36亿元，扶持创业1850人。举办第5届技能大赛，设置6-8个赛项。',
      '推行“1+X”证书制度和“2+1”培养模式。近年来累计培训农民工3.2万人次。',
      '联系人：孙丽，联系电话：0536-8096321',
    ].join('\n');
    const ms = metrics(text, '2024-07-02');
    expect(ms.map((m) => [m.surface, m.value, m.unit, m.counts, m.year])).toEqual([
      ['2.36亿元', 236_000_000, '元', '发放创业担保贷款', 2023],
      ['1850人', 1850, '人', '扶持创业', 2023],
      ['3.2万人次', 32000, '人次', '培训农民工', null],
    ]);
  });
});
