import { describe, expect, it } from 'vitest';
import { isShortFormOf, resolveCanonicalNames, resolveRegionPrefix } from '../../src/resolve/canonical.js';
import { recognizeEntities } from '../../src/extract/entities/index.js';
import type { ReplyExtraction } from '../../src/extract/types.js';
import { ctxOf } from '../extract/helpers.js';
import { processSeed } from './helpers.js';

function resolve(text: string, fields: { city?: string; province?: string }) {
  const ctx = ctxOf(text, fields);
  const x = { id: 't', file: 't', length: text.length, text, fields: ctx.fields, salutation: null, sentences: [], measures: [], metrics: [], relations: [], mentions: recognizeEntities(ctx) } as ReplyExtraction;
  return resolveCanonicalNames(x).mentions;
}

describe('canonical names', () => {
  it('resolves 省/全市 prefixes from the reply fields, keeping the short form as alias', () => {
    expect(resolveRegionPrefix('省首届职业技能大赛', { province: '河北省', city: '邯郸市' })).toBe('河北省首届职业技能大赛');
    expect(resolveRegionPrefix('全市职业技能大赛', { province: '浙江省', city: '衢州市' })).toBe('衢州市职业技能大赛');
    expect(resolveRegionPrefix('省级技能大赛', { province: '浙江省', city: '衢州市' })).toBe('省级技能大赛');
    expect(resolveRegionPrefix('省首届职业技能大赛', { province: null, city: null })).toBe('省首届职业技能大赛');
  });

  it('merges 全市…大赛 and 全市…竞赛 into the city competition', () => {
    const ms = resolve('组织举办全市职业技能大赛，已举办10届全市职业技能竞赛。', { city: '衢州市', province: '浙江省' }).filter((m) => m.type === 'Competition');
    expect(new Set(ms.map((m) => m.name))).toEqual(new Set(['衢州市职业技能大赛']));
    expect(ms[1]!.aliases).toContain('全市职业技能竞赛');
  });

  it('names awards of the province from the fields', () => {
    const ms = resolve('推荐享受省政府特殊津贴，评选全市技术能手。', { city: '潍坊市', province: '山东省' }).filter((m) => m.type === 'Award');
    expect(ms.map((m) => m.name).sort()).toEqual(['山东省政府特殊津贴', '潍坊市技术能手'].sort());
  });

  it('joins short and long company forms and keeps separate bodies apart', () => {
    expect(isShortFormOf('Company', '宏业控股', '宏业控股集团')).toBe(true);
    expect(isShortFormOf('Company', '冀中能源峰峰集团', '冀中能源峰峰集团有限公司')).toBe(true);
    expect(isShortFormOf('Company', '中原油田', '中原油田培训中心')).toBe(false);
    expect(isShortFormOf('Organization', '技工教育联盟', '中原经济区技工教育联盟')).toBe(true);
    const companies = processSeed('002_8cb4d0241a619d09').filter((m) => m.type === 'Company');
    expect(companies.filter((m) => m.surface === '宏业控股').map((m) => m.name)).toEqual(['宏业控股集团']);
    expect(new Set(companies.map((m) => m.name)).has('中原油田')).toBe(true);
  });
});
