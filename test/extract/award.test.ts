import { describe, expect, it } from 'vitest';
import { namesOf, seed } from './helpers.js';

describe('award recogniser', () => {
  it('finds honour titles with region prefixes and 特殊津贴 (seed 003)', () => {
    expect(namesOf(seed('003_cf776358110b3d8e'), 'Award').sort()).toEqual(
      ['三门峡市技术能手', '中华技能大奖', '中原技能大奖', '全国技术能手', '国务院特殊津贴', '河南省技术能手', '省政府特殊津贴'].sort(),
    );
  });

  it('takes …工匠 as an honour only in an awarding clause (seed 000, 004)', () => {
    expect(namesOf(seed('000_8a2f8544eff6131c'), 'Award')).toEqual(['邯郸工匠']);
    expect(namesOf(seed('004_4f483b5528e22fb4'), 'Award').sort()).toEqual(['浙江大工匠', '浙江杰出工匠', '浙江工匠', '浙江青年工匠', '衢州市技术能手'].sort());
    expect(namesOf('加强“数字工匠”培训，弘扬工匠精神。', 'Award')).toEqual([]);
  });

  it('finds a 首席技师 honour of another province', () => {
    expect(namesOf('2023年，我州3人被评为“云岭首席技师”，5人获评全省技术能手。', 'Award').sort()).toEqual(['云岭首席技师', '全省技术能手'].sort());
  });

  it('a quoted title chosen or given to people is an honour (评选“最美技工”10名, 授予“金牌工人”称号); a quoted project is not', () => {
    expect(namesOf('评选“最美技工”10名，授予“金牌工人”称号，评选“十佳创业项目”10个。', 'Award').sort()).toEqual(['最美技工', '金牌工人']);
  });
});
