import { describe, expect, it } from 'vitest';
import { namesOf, seed } from './helpers.js';

describe('organization recogniser', () => {
  it('finds the alliance and the cooperative of seed 000 and nothing generic', () => {
    expect(namesOf(seed('000_8a2f8544eff6131c'), 'Organization').sort()).toEqual(['中原经济区技工教育联盟', '邯郸市供销合作社'].sort());
  });

  it('finds associations in a talent reply', () => {
    // (a cooperative is named with its place, as every annotated one is: 彝绣专业合作社 alone is a kind — test/fixtures/dev d339)
    const text = '会同楚雄州人力资源服务行业协会举办招聘会，支持大姚县彝绣专业合作社、彝绣专业合作社吸纳就业，成立企业培训中心3家。';
    expect(namesOf(text, 'Organization').sort()).toEqual(['大姚县彝绣专业合作社', '楚雄州人力资源服务行业协会'].sort());
  });
});

describe('names begin after verbs of selection and joint building', () => {
  it('a public service centre is a named body; after a bare 市, the reply city’s (its place filled in by resolve/prefixes.ts)', () => {
    const text = '市社会保险事业服务中心开展“待遇资格认证进社区”活动，绵阳市社会保险服务中心同步推行。';
    expect(namesOf(text, 'Organization').sort()).toEqual(['{place}社会保险事业服务中心', '绵阳市社会保险服务中心'].sort());
  });

  it('共建, 认定 and 入选 are not part of the next name', () => {
    const text = '温州技师学院与瑞安市汽摩配行业协会共建汽车产业学院，认定温州正泰电器有限公司为见习基地，市职业教育集团入选省级示范职教集团。';
    expect(namesOf(text, 'Organization')).toContain('瑞安市汽摩配行业协会');
    expect(namesOf(text, 'College')).toEqual(expect.arrayContaining(['温州技师学院', '汽车产业学院']));
    expect(namesOf(text, 'College').some((n) => n.includes('共建'))).toBe(false);
    expect(namesOf(text, 'Company')).toEqual(['温州正泰电器有限公司']);
  });
});

describe('vocational education groups', () => {
  it('职教集团 and 职业教育集团 are organisations, not companies', () => {
    const text = '牵头组建衢州市职业教育集团，浙西职教集团吸纳成员单位86家。';
    expect(namesOf(text, 'Organization').sort()).toEqual(['浙西职教集团', '衢州市职业教育集团'].sort());
    expect(namesOf(text, 'Company')).toEqual([]);
  });

  it('guidance centres and charity federations are organisations; a bare kind is not', () => {
    expect(namesOf('联合中国就业培训技术指导中心、衢州市慈善总会举办活动。开展技术指导中心建设，成立交流中心。', 'Organization').sort()).toEqual(['中国就业培训技术指导中心', '衢州市慈善总会']);
  });

  it('a park named by a common word is no organisation (和谐工业园区), one named by its place is', () => {
    const names = namesOf('2023年评定劳动关系和谐企业86家、和谐工业园区3个，湛江经济技术开发区工业园区同步推进。', 'Organization');
    expect(names.some((n) => n.startsWith('和谐'))).toBe(false);
    expect(names).toContain('湛江经济技术开发区工业园区');
  });

  it('a talent hub is an organisation by its name (浦东新区国际人才港); an international talent centre named by no place is none', () => {
    const names = namesOf('在张江科学城建成国际人才服务中心，依托浦东新区国际人才港、国际人才港开展服务。', 'Organization');
    expect(names).toContain('浦东新区国际人才港');
    expect(names.some((n) => n.startsWith('国际'))).toBe(false);
  });

  it('a branch named by its parent and its place names the parent (余杭区人才服务中心未来科技城分中心); a parent right before 分中心 stays', () => {
    const names = namesOf('设立余杭区人才服务中心未来科技城分中心，在中关村科学城设立海淀区人才服务中心分中心。', 'Organization');
    expect(names).toEqual(expect.arrayContaining(['余杭区人才服务中心', '海淀区人才服务中心']));
    expect(names.some((n) => n.endsWith('科技城'))).toBe(false);
  });

  it('…工业城市 is a city, no 工业城; a company’s training centre is a unit of the company, a Company (seed 002’s 中原油田培训中心), no organisation', () => {
    const text = '石嘴山市是煤炭工业城市，依托宁夏煤业有限责任公司培训中心、石嘴山市职业技能培训中心开展培训。';
    expect(namesOf(text, 'Organization')).toEqual(['石嘴山市职业技能培训中心']);
    expect(namesOf(text, 'Company')).toEqual(['宁夏煤业有限责任公司培训中心']);
  });

  it('an industry development centre, a demonstration zone and a business district are bodies when a place leads them', () => {
    const names = namesOf('会同安平县丝网产业发展服务中心、普洱市茶业和咖啡产业发展中心，在上海虹桥国际中央商务区、长三角生态绿色一体化发展示范区设立人才飞地。', 'Organization');
    expect(names).toEqual(expect.arrayContaining(['安平县丝网产业发展服务中心', '上海虹桥国际中央商务区', '长三角生态绿色一体化发展示范区']));
    expect(names).not.toContain('咖啡产业发展中心');
  });
});
