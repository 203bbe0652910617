import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../src/extract/header/index.js';
import { findPlaces } from '../../src/extract/match/places.js';
import { splitSentences } from '../../src/extract/sentences/index.js';
import { gazetteer } from '../../src/lexicon/divisions/index.js';
import { namesOf } from './helpers.js';

describe('a division name that is also a verb', () => {
  it('会同 after 经 or 我局 is "together with", not 会同县', () => {
    expect(findPlaces('经会同县退役军人事务局、县财政局研究，现答复如下').map((h) => h.surface)).toEqual([]);
    expect(findPlaces('我局会同县财政局开展核查').map((h) => h.surface)).toEqual([]);
  });

  it('会同县 written as a place stays a place', () => {
    expect(findPlaces('湖南省怀化市会同县人力资源和社会保障局').map((h) => h.surface)).toEqual(['湖南省', '怀化市', '会同县']);
  });

  it('in a county reply the bare 县 body after 会同 is the reply\'s own county', () => {
    const text = '仪陇县人力资源和社会保障局\n关于县十八届人大三次会议第32号建议的答复\n\n王芳代表：\n\n您提出的建议收悉。经会同县退役军人事务局研究，现答复如下：\n一、工作情况\n落实退役军人就业政策。';
    const fields = extractHeader({ id: 't', file: 't.txt', text }, text, splitSentences(text));
    expect(fields.county).toBe('仪陇县');
    const agencies = namesOf(text, 'Agency', fields);
    expect(agencies.some((a) => a.startsWith('会同县'))).toBe(false);
    expect(namesOf(text, 'County', fields)).not.toContain('会同县');
  });
});

describe('the place a body is named with', () => {
  const g = gazetteer();
  const one = (name: string) => g.lookup(name).find((d) => d.level === 'County')!;
  it('a district carries its city (成都市武侯区…), a county or county-level city stands alone', () => {
    expect(g.bodyPlaceName(one('武侯区'))).toBe('成都市武侯区');
    expect(g.bodyPlaceName(one('万州区'))).toBe('重庆市万州区');
    expect(g.bodyPlaceName(one('义乌市'))).toBe('义乌市');
    expect(g.bodyPlaceName(one('仪陇县'))).toBe('仪陇县');
  });

  it('the issuing bureau of a district reply is named with its city', () => {
    const text = '成都市武侯区人力资源和社会保障局\n关于区政协十届三次会议第56号提案的答复\n\n李华委员：\n\n您的提案收悉，现答复如下：\n一、工作情况\n拓宽就业渠道。\n\n成都市武侯区人力资源和社会保障局\n2024年6月5日';
    expect(extractHeader({ id: 't', file: 't.txt', text }, text, splitSentences(text)).agency).toBe('成都市武侯区人力资源和社会保障局');
  });

  it('a district named by a common word is the district only after a place name, heading a line, or where the text names it so', () => {
    const places = (t: string) => findPlaces(t).map((h) => h.surface);
    expect(places('西湖区是南昌市的老城区，推进新城区建设。')).toEqual(['西湖区', '南昌市']);
    expect(places('洛阳市老城区人社局会同老城区总工会开展培训。')).toEqual(['洛阳市', '老城区', '老城区']);
    expect(places('新城区人力资源和社会保障局\n关于…的答复')).toEqual(['新城区']);
  });

  it('a district several cities share heads the bureau’s name with the city the reply names (西湖区 in a Nanchang reply)', () => {
    const text = '西湖区人力资源和社会保障局\n关于区十八届人大四次会议第28号建议的答复\n\n李华代表：\n\n您提出的《关于社区就业的建议》收悉，现答复如下：\n一、西湖区是南昌市的老城区，推动就业服务向社区延伸。\n\n西湖区人力资源和社会保障局\n2024年6月28日';
    expect(extractHeader({ id: 't', file: 't.txt', text }, text, splitSentences(text)).agency).toBe('南昌市西湖区人力资源和社会保障局');
  });

  it('鄂西山区 is the mountain area of western Hubei, not 昆明’s 西山区', () => {
    expect(findPlaces('利川市地处鄂西山区，外出务工人员约15万人。').map((h) => h.surface)).toEqual(['利川市']);
    expect(findPlaces('昆明市西山区人社局').map((h) => h.surface)).toEqual(['昆明市', '西山区']);
  });

  it('出海口 is a port’s mouth, not 海口市', () => {
    expect(findPlaces('锦州港是辽西地区重要的出海口，与海口港开展合作。').map((h) => h.surface)).toEqual(['锦州', '海口']);
  });
});
