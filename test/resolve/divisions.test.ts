import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/lexicon/divisions/index.js';
import { findPlaces } from '../../src/extract/match/places.js';

describe('divisions gazetteer (GB/T 2260)', () => {
  const g = gazetteer();

  it('武安市 is a County under 邯郸市 in 河北省', () => {
    const d = g.resolve('武安市')!;
    expect(d.level).toBe('County');
    expect(g.city(d)?.name).toBe('邯郸市');
    expect(g.province(d).name).toBe('河北省');
  });

  it('every city has a province, and every county a province and (outside municipalities and province-governed counties) a city', () => {
    const cities = g.divisions.filter((d) => d.level === 'City');
    expect(cities.length).toBeGreaterThan(300);
    for (const c of cities) expect(g.province(c)?.level).toBe('Province');
    for (const c of g.divisions.filter((d) => d.level === 'County')) {
      const p = g.province(c);
      expect(p?.level).toBe('Province');
      if (!g.isMunicipality(p) && !g.city(c)) expect(['济源市', '仙桃市', '潜江市', '天门市', '神农架林区', '五指山市', '琼海市', '文昌市', '万宁市', '东方市', '定安县', '屯昌县', '澄迈县', '临高县', '白沙黎族自治县', '昌江黎族自治县', '乐东黎族自治县', '陵水黎族自治县', '保亭黎族苗族自治县', '琼中黎族苗族自治县', '石河子市', '阿拉尔市', '图木舒克市', '五家渠市', '北屯市', '铁门关市', '双河市', '可克达拉市', '昆玉市', '胡杨河市', '新星市', '白杨市']).toContain(c.name);
    }
  });

  it('municipalities are provinces; their districts are counties lying directly in them', () => {
    const bj = g.resolve('北京市')!;
    expect(bj.level).toBe('Province');
    expect(g.isMunicipality(bj)).toBe(true);
    const haidian = g.resolve('海淀区')!;
    expect(haidian.level).toBe('County');
    expect(g.city(haidian)).toBeNull();
    expect(g.province(haidian).name).toBe('北京市');
  });

  it('short forms: 邯郸 → 邯郸市, 楚雄 and 楚雄州 → 楚雄彝族自治州, 河南 → 河南省, 吉林 → the province', () => {
    expect(g.resolve('邯郸')?.name).toBe('邯郸市');
    expect(g.resolve('楚雄州')?.name).toBe('楚雄彝族自治州');
    expect(g.resolve('楚雄')?.name).toBe('楚雄彝族自治州');
    expect(g.resolve('红河州')?.name).toBe('红河哈尼族彝族自治州');
    expect(g.resolve('河南')?.name).toBe('河南省');
    expect(g.resolve('吉林')?.level).toBe('Province');
    expect(g.resolve('吉林市')?.level).toBe('City');
  });

  it('ambiguous county names resolve by the reply city or province, and stay unresolved without one', () => {
    expect(g.lookup('朝阳区').length).toBeGreaterThan(1);
    expect(g.resolve('朝阳区')).toBeNull();
    expect(g.province(g.resolve('朝阳区', { province: '北京市' })!).name).toBe('北京市');
    expect(g.city(g.resolve('朝阳区', { city: '长春市' })!)?.name).toBe('长春市');
    expect(g.city(g.resolve('鼓楼区', { city: '南京市' })!)?.name).toBe('南京市');
    expect(g.qualifiedName(g.resolve('朝阳区', { province: '北京市' })!)).toBe('北京市朝阳区');
    expect(g.qualifiedName(g.resolve('武安市')!)).toBe('武安市');
  });

  it('document-number abbreviations: provinces by their one-character name', () => {
    expect(g.provinceByAbbreviation('豫')?.name).toBe('河南省');
    expect(g.provinceByAbbreviation('冀')?.name).toBe('河北省');
    expect(g.provinceByAbbreviation('浙')?.name).toBe('浙江省');
    expect(g.provinceByAbbreviation('晋')?.name).toBe('山西省');
    expect(g.startingWith('邯').map((d) => d.name)).toContain('邯郸市');
  });

  it('matching: leftmost-longest (浙江西部 is 浙江), no place inside 中原 or a common word excluded from short forms', () => {
    expect(findPlaces('浙江西部山区').map((h) => h.surface)).toEqual(['浙江']);
    expect(findPlaces('中原经济区技工教育联盟')).toEqual([]);
    expect(findPlaces('长治久安，大同小异，中山装')).toEqual([]);
    expect(findPlaces('在禄丰市建成基地').map((h) => h.surface)).toEqual(['禄丰市']);
  });
  it('a county listed under its old code and name too is one division, its old name naming it (沙县 → 沙县区, 祁阳县 → 祁阳市)', () => {
    expect(g.lookup('沙县').map((d) => d.name)).toEqual(['沙县区']);
    expect(g.lookup('祁阳县').map((d) => d.code)).toEqual(['431181']);
    expect(g.lookup('孟津区').map((d) => d.code)).toEqual(['410308']);
    expect(g.lookup('三元区').map((d) => d.code)).toEqual(['350404']);
    // a county and a county-level city that both exist stay two (临夏县, 临夏市)
    expect(g.lookup('临夏县')).toHaveLength(1);
    expect(g.lookup('临夏市')).toHaveLength(1);
  });
  it('a county renamed since the tables were made, its code kept, is named by its new name, the old one a form of it (错那县 → 错那市)', () => {
    expect(g.lookup('错那市').map((d) => d.code)).toEqual(['540530']);
    expect(g.lookup('错那县').map((d) => d.name)).toEqual(['错那市']);
  });
});
