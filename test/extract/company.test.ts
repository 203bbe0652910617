import { describe, expect, it } from 'vitest';
import { company } from '../../src/extract/entities/company.js';
import { namesOf, proposed, seed } from './helpers.js';

describe('company recogniser', () => {
  it('cuts each name of an enumeration at its left boundary (seed 002)', () => {
    const names = namesOf(seed('002_8cb4d0241a619d09'), 'Company');
    expect(names).toEqual(expect.arrayContaining(['中原油田培训中心', '天能集团', '凯立来食品有限公司', '宏业控股集团', '中原石化实业', '联众兴业化工', '河南雷佰瑞', '沃森超高化工', '中原乙烯', '迎宾馆', '蔚林化工']));
    expect(names.some((n) => n.startsWith('走访') || n.startsWith('组织') || n.startsWith('发挥'))).toBe(false);
  });

  it('reads full legal names after 确定的 and short group names after 与 (seed 000)', () => {
    expect(namesOf(seed('000_8a2f8544eff6131c'), 'Company').sort()).toEqual(['冀中能源峰峰集团有限公司', '邯郸公交集团', '邯郸钢铁集团有限责任公司'].sort());
  });

  it('handles a wage reply of another city', () => {
    const text = '市人社局约谈了山东鲁能建设集团有限公司和潍坊华建工程有限公司，督促其按月足额支付农民工工资。';
    expect(proposed(company, text).sort()).toEqual(['山东鲁能建设集团有限公司', '潍坊华建工程有限公司']);
  });

  it('does not take a generic 企业集团 or a college for a company', () => {
    const text = '引导企业集团化发展，组织职业技术学院、技师学院等单位参加。';
    expect(proposed(company, text)).toEqual([]);
  });

  it('a name starts after the verb that brings the company in (建成, 引进)', () => {
    const text = '建成潍坊人才发展集团和中国潍坊人力资源服务产业园，引进北京外企人力资源服务有限公司等知名机构入驻。';
    expect(namesOf(text, 'Company').sort()).toEqual(['北京外企人力资源服务有限公司', '潍坊人才发展集团'].sort());
  });

  it('the verb before an enumeration of platforms is no part of the first name (覆盖美团、饿了么…等平台企业)', () => {
    expect(namesOf('试点覆盖美团、饿了么、滴滴出行、达达、闪送等平台企业，累计参保46.8万人。', 'Company')).toEqual(['美团', '饿了么', '滴滴出行', '达达', '闪送']);
  });

  it('a one-character word inside a short brand is part of the name (华为, 美的); a place in brackets before the legal form too', () => {
    const names = namesOf('与华为技术有限公司、腾讯科技（深圳）有限公司共建产业学院，支持佛山市技师学院与美的集团股份有限公司合作，将在满帮集团等平台推广。', 'Company');
    expect(names.sort()).toEqual(['华为技术有限公司', '满帮集团', '美的集团股份有限公司', '腾讯科技（深圳）有限公司'].sort());
  });

  it('a one-character subject or adverb before a one-character word is a clause, not a name (区在…, 并在…)', () => {
    expect(namesOf('，区在冀南钢铁集团有限公司设立实训基地，并在邯郸公交集团开展培训。', 'Company').sort()).toEqual(['冀南钢铁集团有限公司', '邯郸公交集团'].sort());
  });

  it('a place in brackets inside a name, words after it before the legal form: 中科（广东）炼化有限公司', () => {
    expect(namesOf('支持中科（广东）炼化有限公司、宝钢湛江钢铁有限公司开展新型学徒制培训。', 'Company').sort()).toEqual(['中科（广东）炼化有限公司', '宝钢湛江钢铁有限公司'].sort());
  });
});
