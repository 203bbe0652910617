import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/extract/entities/index.js';
import type { ReplyExtraction } from '../../src/extract/types.js';
import { isShortFormOf, resolveCanonicalNames } from '../../src/resolve/canonical.js';
import { ctxOf } from '../extract/helpers.js';

/** The names of one type after resolving a Panzhihua reply's text. */
function resolvedNames(text: string, type: string): string[] {
  const ctx = ctxOf(text, { city: '攀枝花市', province: '四川省' });
  const x = { id: 't', file: 't', length: text.length, text, fields: ctx.fields, salutation: null, sentences: [], measures: [], metrics: [], relations: [], mentions: recognizeEntities(ctx) } as ReplyExtraction;
  return [...new Set(resolveCanonicalNames(x).mentions.filter((m) => m.type === type).map((m) => m.name))];
}
const companies = (text: string) => resolvedNames(text, 'Company');

describe('short forms of companies', () => {
  it('a short form the reply declares (以下简称) names the full company wherever it is written', () => {
    const text = '攀枝花学院与攀钢集团有限公司（以下简称攀钢）合作开办订单班。攀钢集团、东方电气集团东方锅炉股份有限公司提供实习岗位。';
    const names = companies(text);
    expect(names).toContain('攀钢集团有限公司');
    expect(names).not.toContain('攀钢集团');
  });

  it('the leading words of a company name without its trade and legal form are its short form', () => {
    expect(isShortFormOf('Company', '上汽通用五菱', '上汽通用五菱汽车股份有限公司')).toBe(true);
    expect(isShortFormOf('Company', '四川长虹', '四川长虹电子控股集团有限公司')).toBe(true);
    // too short to be sure
    expect(isShortFormOf('Company', '四川', '四川长虹电子控股集团有限公司')).toBe(false);
  });
});

describe('a company written with and without its city’s 市 (test/fixtures/dev d79)', () => {
  it('is one company named by the longer form', () => {
    const names = companies('支持攀枝花钢城集团有限公司开展自主评价。下一步，会同攀枝花市钢城集团有限公司推进培训。');
    expect(names).toEqual(['攀枝花市钢城集团有限公司']);
    expect(isShortFormOf('Company', '攀枝花钢城集团有限公司', '攀枝花市钢城集团有限公司')).toBe(true);
    // so for any body (an organisation's short forms are otherwise only its endings); another character dropped is another name
    expect(isShortFormOf('Organization', '攀枝花钢城协会', '攀枝花市钢城协会')).toBe(true);
    expect(isShortFormOf('Organization', '攀枝花市城协会', '攀枝花市钢城协会')).toBe(false);
  });
});

describe('a brand of two characters after the place its company’s name opens with (test/fixtures/dev d145)', () => {
  it('伊利集团 is 内蒙古伊利实业集团股份有限公司, 蒙牛集团 is 内蒙古蒙牛乳业(集团)股份有限公司; the brand alone is too short', () => {
    expect(isShortFormOf('Company', '伊利集团', '内蒙古伊利实业集团股份有限公司')).toBe(true);
    expect(isShortFormOf('Company', '蒙牛集团', '内蒙古蒙牛乳业(集团)股份有限公司')).toBe(true);
    expect(isShortFormOf('Company', '伊利', '内蒙古伊利实业集团股份有限公司')).toBe(false);
    // a unit of the company is not the company
    expect(isShortFormOf('Company', '伊利集团', '内蒙古伊利培训中心')).toBe(false);
    const names = companies('支持内蒙古伊利实业集团股份有限公司与高校共建产业学院。指导伊利集团开展职业技能等级认定。');
    expect(names).toEqual(['内蒙古伊利实业集团股份有限公司']);
  });
});

describe('a short form of a short form (test/fixtures/dev d170)', () => {
  it('is the long name’s: a brand listed alone, written elsewhere with its legal form after the place', () => {
    const text = '指导河南华英农业发展股份有限公司开展订单培养。支持华英集团建设技能大师工作室。华英、大用等12家企业开展职业技能等级认定。';
    // 大用 has no longer form here: it stays as listed
    expect(companies(text)).toEqual(['河南华英农业发展股份有限公司', '大用']);
    // the brand alone is too short to be the long name's without the form between them
    expect(isShortFormOf('Company', '华英', '河南华英农业发展股份有限公司')).toBe(false);
  });
});

describe('a branch named by its parent’s legal name and its own words (test/fixtures/dev d187)', () => {
  it('is written short by its own words', () => {
    expect(isShortFormOf('Company', '广西石化', '中国石油天然气股份有限公司广西石化分公司')).toBe(true);
    expect(isShortFormOf('Company', '广西', '中国石油天然气股份有限公司广西石化分公司')).toBe(false);
  });
});

describe('a body named in full once is that body wherever its full name is written (test/fixtures/dev d240)', () => {
  it('a unit listed among the firms keeps its full name where only its parent’s suffix was found', () => {
    const text = '攀钢集团西昌钢钒基地、攀枝花钢城集团有限公司等重点企业用工需求大。指导攀钢集团西昌钢钒基地开展学徒制培训。';
    expect(companies(text)).toEqual(['攀钢集团西昌钢钒基地', '攀枝花钢城集团有限公司']);
  });
});

describe('a body named in full once, found cut at its start elsewhere (test/fixtures/dev d261)', () => {
  it('a piece at the end of the full name, cut at a joining word’s character, is the full name', () => {
    const text = '攀枝花和润科技有限公司、攀钢集团有限公司等企业吸纳就业。推动攀枝花学院与攀枝花和润科技有限公司开展订单培养。';
    expect(companies(text)).toEqual(['攀枝花和润科技有限公司', '攀钢集团有限公司']);
  });
});

describe('a name one character longer at its head (test/fixtures/dev d301)', () => {
  it('is another body, no long form of the shorter: 长白山… is not 白山…', () => {
    expect(isShortFormOf('College', '白山职业技术学院', '长白山职业技术学院')).toBe(false);
    expect(isShortFormOf('Organization', '技工教育联盟', '中原经济区技工教育联盟')).toBe(true);
    expect(isShortFormOf('College', '喀什地区技工学校', '新疆维吾尔自治区喀什地区技工学校')).toBe(true);
  });
});

describe('a second name in brackets (test/fixtures/dev d305)', () => {
  it('a body of the same type named whole in brackets right after a name is the same body', () => {
    expect(resolvedNames('依托攀枝花市经贸旅游学校（攀枝花市技工学校）开设专业。攀枝花市技工学校开展培训。', 'College')).toEqual(['攀枝花市经贸旅游学校']);
  });
});

describe('a regional company named with its place in brackets (test/fixtures/dev d320)', () => {
  it('is a company of its own, no long form of the group’s', () => {
    expect(isShortFormOf('Company', '格林美股份有限公司', '格林美（荆门）有限公司')).toBe(false);
    expect(resolvedNames('格林美股份有限公司在荆门设立格林美（荆门）有限公司。', 'Company')).toEqual(['格林美股份有限公司', '格林美（荆门）有限公司']);
  });
});

describe('a development zone written short (test/fixtures/dev d334, d279, d211)', () => {
  it('is the zone the reply names in full, and so is its committee', () => {
    const text = '在攀枝花钒钛高新技术产业开发区建设零工市场，在攀枝花钒钛高新区开办培训班。下一步，会同攀枝花钒钛高新区管委会推进。';
    expect(resolvedNames(text, 'Organization')).toEqual(['攀枝花钒钛高新技术产业开发区']);
    expect(resolvedNames(text, 'Agency')).toContain('攀枝花钒钛高新技术产业开发区管理委员会');
    expect(isShortFormOf('Organization', '攀枝花经开区', '攀枝花经济技术开发区')).toBe(true);
    // another zone's long form is no long form of it
    expect(isShortFormOf('Organization', '攀枝花钒钛高新区', '攀枝花经济技术开发区')).toBe(false);
  });

  it('written only short, keeps the name as written; a place before 开发区 or 经开区 names a zone', () => {
    expect(resolvedNames('会同攀枝花高新区管委会推进工作。', 'Agency')).toContain('攀枝花高新区管理委员会');
    expect(resolvedNames('企业在攀枝花经开区、米易县集聚，建成攀枝花开发区返乡创业孵化基地。', 'Organization')).toEqual(expect.arrayContaining(['攀枝花经开区', '攀枝花开发区']));
    // no place, no zone's name
    expect(resolvedNames('各类开发区、省级开发区和经开区加强用工服务。', 'Organization')).toEqual([]);
  });
});
