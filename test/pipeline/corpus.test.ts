import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module of the benchmark, without type declarations
import { loadCities, loadSeeds, rehome } from '../../bench/corpus.js';

interface City { city: string; cityShort: string; province: string; provinceAbbr: string; docPrefix: string }
interface Seed { file: string; text: string; home: { city: string; cityShort: string; province: string } }

const seeds = (loadSeeds as () => Seed[])();
const cities = (loadCities as () => City[])();
const rh = rehome as (s: Seed, c: City, serial: number) => string;

describe('benchmark corpus generator', () => {
  it('knows the five seeds and about three hundred prefecture-level cities', () => {
    expect(seeds).toHaveLength(5);
    expect(cities.length).toBeGreaterThan(280);
    expect(cities.find((c) => c.city === '石家庄市')).toMatchObject({ cityShort: '石家庄', province: '河北省', provinceAbbr: '冀', docPrefix: '石' });
  });

  it('re-homes the Handan reply to Guangzhou: names, short forms, doc number and province abbreviation', () => {
    const gz = cities.find((c) => c.city === '广州市')!;
    const text = rh(seeds[0]!, gz, 4242);
    expect(text).not.toMatch(/邯郸|河北|冀|邯人社/);
    expect(text).toContain('广州市人力资源和社会保障局');
    expect(text).toContain('政协广州市第十三届委员会');
    expect(text).toContain('粤南技师学院'); // 冀南技师学院
    expect(text).toMatch(/广人社案字〔2023〕242号/); // serial 4242 → 242 in the doc number
    expect(text).toContain('第4242号提案');
  });

  it('re-homes the Quzhou reply including its short forms and 浙 brands', () => {
    const dl = cities.find((c) => c.city === '大连市')!;
    const text = rh(seeds[4]!, dl, 17);
    expect(text).not.toMatch(/衢州|浙江|浙派/);
    expect(text).toContain('辽派工匠');
    expect(text).toContain('《关于培育新时代大连工匠工作的建议》');
    expect(text).toContain('(第017号)');
  });
});
