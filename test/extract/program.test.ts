import { describe, expect, it } from 'vitest';
import { namesOf, seed } from './helpers.js';

describe('program recogniser', () => {
  it('names provincial variants of 人人持证 and 新八级 by their canonical forms (seed 002)', () => {
    const names = namesOf(seed('002_8cb4d0241a619d09'), 'Program');
    expect(names).toEqual(expect.arrayContaining(['人人持证', '新八级工', '新型学徒制', '岗课赛证', '1+X证书制度', '万人助万企', '以工代训', '互联网+职业技能培训']));
    // the five 助企 measures are a quoted enumeration followed by 政策
    expect(names).toEqual(expect.arrayContaining(['补贴助企', '名师助企', '稳岗助企', '信息化助企', '评价助企']));
    expect(names).not.toContain('技能河南');
  });

  it('finds unquoted …工程 in an enumeration and programs named in a cited title (seed 000)', () => {
    const names = namesOf(seed('000_8a2f8544eff6131c'), 'Program');
    expect(names).toEqual(expect.arrayContaining(['康养人才赋能工程', '乡村工匠培育工程', '制造业技能根基工程', '企校双制', '订单班', '工学一体化', '产教融合', '职业技能培训提质增效行动']));
    expect(names).not.toContain('工匠精神');
    expect(names).not.toContain('532');
  });

  it('takes siblings of a known program in a quoted enumeration (seed 004: “冠名班”“订单班”“学徒制试点班”)', () => {
    expect(namesOf(seed('004_4f483b5528e22fb4'), 'Program')).toEqual(expect.arrayContaining(['冠名班', '订单班', '学徒制试点班', '浙派工匠', '守好红色根脉班前十分钟活动']));
  });

  it('recognises employment programs of another province', () => {
    const text = '我县深入开展春风行动、就业援助月和民营企业招聘月等系列活动，落实一次性扩岗补助和创业担保贷款政策，建成“家门口就业服务站”12个，打造“15分钟就业服务圈”。';
    expect(namesOf(text, 'Program')).toEqual(expect.arrayContaining(['春风行动', '就业援助月', '民营企业招聘月', '一次性扩岗补助', '创业担保贷款', '家门口就业', '15分钟就业服务圈']));
  });

  it('recognises wage and social-insurance schemes and a province skills brand', () => {
    const text = '全面推行农民工工资专用账户、工资保证金和实名制管理制度，开展根治欠薪冬季专项行动；实施全民参保计划，推进社会保障卡居民服务一卡通，大力实施“技能兴鲁”行动。';
    const names = namesOf(text, 'Program');
    expect(names).toEqual(expect.arrayContaining(['农民工工资专用账户', '工资保证金', '实名制管理', '根治欠薪冬季专项行动', '全民参保计划', '社会保障卡一卡通', '技能兴鲁']));
  });

  it('does not cut a number: 12333 inside a phone number is not the hotline', () => {
    expect(namesOf('咨询电话：0571-8123336，或拨打12333热线。', 'Program')).toEqual(['12333热线']);
  });

  it('prefers the head at the end of overlapping names (返乡创业孵化基地 is a 创业孵化基地)', () => {
    expect(namesOf('依托返乡创业孵化基地，为入驻企业提供服务。', 'Program')).toEqual(['创业孵化基地']);
  });

  it('quoted neighbours of a program are programs; an enumeration closed by 等 before its kind names its items', () => {
    expect(namesOf('深入实施“蓉漂人才荟”“成都人才计划”，组织高校开展招聘。', 'Program').sort()).toEqual(['成都人才计划', '蓉漂人才荟'].sort());
    expect(namesOf('培育“横州茉莉花茶工”“马山黑山羊养殖工”等特色劳务品牌12个。', 'Program')).toEqual(expect.arrayContaining(['横州茉莉花茶工', '马山黑山羊养殖工']));
    // no program among the quotes: slogans stay slogans
    expect(namesOf('实施“一人一档”“一人一策”精准帮扶。', 'Program')).toEqual([]);
  });

  it('a verb before a quoted name with an ending is no part of it: 继续实施“陇原巧手”工程 is 陇原巧手', () => {
    expect(namesOf('下一步，我们将继续实施“陇原巧手”工程，推动劳务输转。', 'Program')).toEqual(['陇原巧手']);
    expect(namesOf('推进家政服务业提质扩容“领跑者”行动。', 'Program')).toEqual(['家政服务业提质扩容领跑者行动']);
  });

  it('a quoted name before a plan or project descriptor holding a verb (“龙城创客”培育计划)', () => {
    expect(namesOf('常州市青年商会联合发起“龙城创客”培育计划，开展“天府英才”培养计划。', 'Program').sort()).toEqual(['天府英才', '龙城创客']);
  });

  it('a platform named after its place is a program without the place; a platform with no place is none', () => {
    const names = namesOf('依托山东省根治欠薪智慧监管平台，对在建项目实行动态监管。为企业和求职者搭建对接平台，依托潍坊市公共就业服务平台发布岗位。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['根治欠薪智慧监管平台', '公共就业服务平台']));
    expect(names.some((n) => n.includes('对接') || n.startsWith('山东省'))).toBe(false);
  });

  it('programs of the twenty-eighth and twenty-ninth rounds are known by their names and aliases (职引未来, 秦创原, 一试多证 …)', () => {
    const names = namesOf('建设和谐劳动关系综合试验区，评选金牌劳动关系协调员，推行一试多证，依托秦创原平台，开展大中城市联合招聘高校毕业生专场活动。', 'Program');
    expect(names.sort()).toEqual(['一试多证', '和谐劳动关系综合试验区', '秦创原', '职引未来', '金牌劳动关系协调员'].sort());
  });

  it('职业技能等级认定 as an activity names no program, as seed 001’s gold has it (对单位职工进行职业技能等级认定); its system, its pilots or its quotes do', () => {
    expect(namesOf('对单位职工进行职业技能等级认定，1100人取得职业技能等级证书。', 'Program')).toEqual([]);
    expect(namesOf('推行职业技能等级认定制度。', 'Program')).toEqual(['职业技能等级认定']);
    expect(namesOf('开展“职业技能等级认定”宣传。', 'Program')).toEqual(['职业技能等级认定']);
    expect(namesOf('开展职业技能等级认定试点。', 'Program')).toEqual(['职业技能等级认定']);
  });
  it('a program name followed by 机构 names the body that runs it, not the program (职业技能等级认定评价机构)', () => {
    expect(namesOf('新增职业技能等级认定评价机构12家。', 'Program')).toEqual([]);
    expect(namesOf('推行职业技能等级认定制度，新增认定1.2万人。', 'Program')).toEqual(['职业技能等级认定']);
  });

  it('the schemes of disabled people’s employment are programs (按比例安排残疾人就业, 辅助性就业)', () => {
    expect(namesOf('落实按比例安排残疾人就业制度，为重度残疾人提供辅助性就业岗位620个。', 'Program').sort()).toEqual(['按比例安排残疾人就业', '辅助性就业'].sort());
  });

  it('a quoted forum or summit is a program by its ending, like a quoted talent festival', () => {
    expect(namesOf('连续举办“浦江创新论坛·国际人才发展峰会”，吸引3000余名中外人才参加。', 'Program')).toEqual(['浦江创新论坛·国际人才发展峰会']);
  });

  it('a quoted talent or job code is a program by its ending (“杭州人才码”)', () => {
    expect(namesOf('推行“杭州人才码”一码通办，上线“宁波就业码”。', 'Program').sort()).toEqual(['宁波就业码', '杭州人才码'].sort());
  });

  it('an unquoted …计划 is a scheme right after a verb of putting it into practice, not a year’s plan nor a quote’s descriptor', () => {
    expect(namesOf('实施技工院校教师素质提升计划，2023年培训教师320人次。', 'Program')).toEqual(['技工院校教师素质提升计划']);
    expect(namesOf('开展职业技能培训计划，完成年度培训计划，推进全市培训计划。', 'Program')).toEqual([]);
    expect(namesOf('以“洹泉涌流”人才集聚计划为统领，深入实施杭州市“5050计划”和浙江省“鲲鹏行动”计划。', 'Program').sort()).toEqual(['5050计划', '洹泉涌流', '鲲鹏行动'].sort());
  });

  it('an integrated teacher is of the integrated work-study model (一体化教师 → 工学一体化)', () => {
    expect(namesOf('2023年培训一体化教师320人次，开发一体化课程28门。', 'Program')).toEqual(['工学一体化']);
  });

  it('a known program a cited title quotes is named even when its name is long (“互联网+职业技能培训计划”); an unquoted long one is the title’s subject', () => {
    expect(namesOf('深入贯彻《人力资源社会保障部 财政部关于实施职业技能提升行动“互联网+职业技能培训计划”的通知》。', 'Program').sort()).toEqual(['互联网+职业技能培训', '职业技能提升行动'].sort());
    expect(namesOf('落实《关于实施互联网+职业技能培训计划的通知》。', 'Program')).toEqual([]);
  });

  it('the workshops of intangible heritage crafts are a program (非遗工坊)', () => {
    expect(namesOf('建成唐卡绘制、藏香制作等非遗工坊18个，吸纳农牧民就业960人。', 'Program')).toEqual(['非遗工坊']);
  });

  it('a quote of phrases that each open with a numeral is one slogan (“一地认证、三地通用”); a quote before 方式 names a scheme (“周末工程师”方式)', () => {
    expect(namesOf('推动技能等级证书互认，实现“一地认证、三地通用”。以“周末工程师”方式服务企业。', 'Program').sort()).toEqual(['周末工程师', '职业资格互认'].sort());
  });

  it('a platform whose stem is only a generic word names a kind (建设技能人才实训基地); one with a field of its own is a platform', () => {
    expect(namesOf('在龙头企业建设技能人才实训基地8个，建成煤矿安全技能人才实训基地2个。', 'Program')).toEqual(['煤矿安全技能人才实训基地']);
  });

  it('a descriptor right after a quote with a middle dot is the quote’s (“我兴楚乡·创在湖北”返乡创业行动); a place’s 返乡创业产业园 is 返乡创业园; a mentor is no program', () => {
    const text = '落实湖北省“我兴楚乡·创在湖北”返乡创业行动，建成利川市返乡创业产业园，组建创业导师团队30人。';
    expect(namesOf(text, 'Program').sort()).toEqual(['我兴楚乡·创在湖北', '返乡创业园'].sort());
    expect(namesOf(text, 'Organization')).toEqual([]);
  });

  it('a known name stands without its head before a coordinated item that carries it (开展订单式、定向式培训 names 订单式培训)', () => {
    expect(namesOf('围绕主导产业开展订单式、定向式培训。', 'Program')).toEqual(['订单班']);
    expect(namesOf('推行订单式生产。', 'Program')).toEqual([]);
  });

  it('the general training subsidy is no named scheme whoever receives it (给予企业职业培训补贴); a named one is (给予员工制家政企业补贴)', () => {
    expect(namesOf('开展转岗培训1.1万人次，按规定给予企业职业培训补贴。', 'Program')).toEqual([]);
    expect(namesOf('按规定给予员工制家政企业补贴。', 'Program')).toEqual(['员工制家政企业补贴']);
  });

  it('a known program quoted with a place before it is that program (“韶关粤菜师傅”品牌 is 粤菜师傅); a brand of its own keeps its place', () => {
    expect(namesOf('打造“韶关粤菜师傅”品牌，推动“淄博烧烤”品牌建设。', 'Program').sort()).toEqual(['淄博烧烤', '粤菜师傅'].sort());
  });
});
