import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../src/extract/metrics/index.js';
import { recognizeEntities } from '../../src/extract/entities/index.js';
import { contextOf, ctxOf, namesOf } from './helpers.js';

const metrics = (text: string) => extractMetrics(contextOf(text));

// Sentences written in the style of replies from provinces and topics the seeds do not cover.
// Each expectation was read off the sentence, not off the program's output.

describe('programs of unseen replies', () => {
  it('names a quoted brand from a descriptor that ends in 品牌 or 活动, also after 等', () => {
    const text = '我市着力培育“黔东南绣娘”“苗岭焊工”等劳务品牌，打造“安顺好家政”家政服务品牌，组织开展“技能下乡进村寨”送培训活动。';
    const names = namesOf(text, 'Program');
    expect(names).toEqual(expect.arrayContaining(['黔东南绣娘', '苗岭焊工', '劳务品牌', '安顺好家政', '技能下乡进村寨']));
  });

  it('leaves an honour chosen in a selection activity to the award recogniser', () => {
    const text = '联合市总工会开展“宜宾工匠”选树活动，评选“宜宾名厨”20名。';
    expect(namesOf(text, 'Program')).not.toContain('宜宾工匠');
    expect(namesOf(text, 'Award')).toEqual(expect.arrayContaining(['宜宾工匠', '宜宾名厨']));
  });

  it('reads “X+Y” models and keeps the quoted words of a …工程 name', () => {
    const text = '推行“就业+培训”服务模式，推广“湘菜师傅+文旅”融合发展；3人入选湖南省“湖湘”青年英才工程。';
    const names = namesOf(text, 'Program');
    expect(names).toEqual(expect.arrayContaining(['就业+培训', '湘菜师傅+文旅', '湖湘青年英才工程']));
    expect(names).not.toContain('青年英才工程');
  });

  it('finds unquoted platforms by their ending (…培训基地, …工作室, …驿站) and counts after them', () => {
    const text = '建成川菜师傅培训基地9个、劳动关系协调工作室4个，在商圈设立新就业形态劳动者驿站12个。';
    const names = namesOf(text, 'Program');
    expect(names).toEqual(expect.arrayContaining(['川菜师傅培训基地', '劳动关系协调工作室', '新就业形态劳动者驿站']));
  });

  it('an ending on a known program is that program (县级公共实训基地 is 公共实训基地); 新增 is not part of a name', () => {
    const names = namesOf('依托县级公共实训基地开展培训，新增见习基地15家。', 'Program');
    expect(names).toContain('公共实训基地');
    expect(names).not.toContain('县级公共实训基地');
    expect(names.some((n) => n.startsWith('新增'))).toBe(false);
  });

  it('a subsidy granted by name is a scheme; a short or known stem is not a new one', () => {
    const names = namesOf('对吸纳脱贫劳动力的企业给予跨省就业交通补贴，符合条件的给予企业取证补贴和新型学徒补贴。', 'Program');
    expect(names).toContain('跨省就业交通补贴');
    expect(names).not.toContain('企业取证补贴');
    expect(names).not.toContain('新型学徒补贴');
  });

  it('personnel, veterans, arbitration and social-insurance programs from the lexicon', () => {
    const text = '严格规范事业单位公开招聘，开辟职称评审绿色通道；组织退役军人适应性培训，认定退役军人就业合作企业；推行要素式办案和裁审衔接；通过国家社会保险公共服务平台办理基本医疗保险关系转移接续，推广静默认证。';
    expect(namesOf(text, 'Program')).toEqual(
      expect.arrayContaining(['事业单位公开招聘', '职称评审绿色通道', '退役军人适应性培训', '退役军人就业合作企业', '要素式办案', '裁审衔接', '全国社会保险公共服务平台', '医疗保险关系转移接续', '静默认证']),
    );
  });

  it('a slogan before a verb phrase, and a platform word after a verb, are no programs', () => {
    const names = namesOf('围绕“稳就业、保民生”开展宣传活动，我们将继续加强培训基地建设，推动建立更多实训基地。', 'Program');
    expect(names).toEqual([]);
  });

  it('generic phrases stay out: “一站式”服务 is no program', () => {
    expect(namesOf('为参保群众提供“一站式”服务。', 'Program')).toEqual([]);
  });
});

describe('quoted words inside a name', () => {
  it('a stem, a quoted word and an ending are one program; a quoted card is a program', () => {
    const names = namesOf('推进养老服务业提质扩容“领跑者”行动，向引进人才发放“蓉城人才卡”。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['养老服务业提质扩容领跑者行动', '蓉城人才卡']));
    expect(names).not.toContain('领跑者');
  });
});

describe('bodies and titles of unseen replies', () => {
  it('a free-trade zone with its place in brackets; 人才服务中心; 邀请 does not start a name', () => {
    const text = '依托中国（四川）自由贸易试验区，设立天府新区人才服务中心，邀请四川大学专家授课。';
    expect(namesOf(text, 'Organization')).toEqual(expect.arrayContaining(['中国（四川）自由贸易试验区', '天府新区人才服务中心']));
    expect(namesOf(text, 'College')).toEqual(['四川大学']);
  });

  it('a company with （集团） in its name; 以下简称 does not start a name', () => {
    const names = namesOf('与四川长虹电子控股（集团）有限公司、攀钢集团有限公司（以下简称攀钢）合作', 'Company');
    expect(names).toContain('四川长虹电子控股（集团）有限公司');
    expect(names).not.toContain('控股（集团）有限公司');
    expect(names.some((n) => n.includes('简称'))).toBe(false);
  });

  it('development zones are organizations; 职业高级中学 is a school; 区内有 is not part of a name', () => {
    const text = '在宜宾临港经济技术开发区设立服务站，依托南溪区职业高级中学开展培训。区内有四川大学等高校。';
    expect(namesOf(text, 'Organization')).toContain('宜宾临港经济技术开发区');
    expect(namesOf(text, 'College')).toEqual(expect.arrayContaining(['南溪区职业高级中学', '四川大学']));
    expect(namesOf(text, 'College')).not.toContain('区内有四川大学');
  });

  it('a boundary word inside a quoted part of a competition name does not cut it', () => {
    expect(namesOf('组织青年参加“创在广州”创新创业大赛。', 'Competition')).toContain('创在广州创新创业大赛');
  });

  it('…名厨 and …优秀专家 in an awarding clause are honours', () => {
    const names = namesOf('全市8人获评“绵阳市优秀专家”，评选“川北名厨”30名。', 'Award');
    expect(names).toEqual(expect.arrayContaining(['绵阳市优秀专家', '川北名厨']));
  });
});

describe('places, bodies and figures of unseen replies (Guangdong, Zhejiang, Sichuan, Heilongjiang)', () => {
  it('a short form before 街道, 镇, 路 … names that locality, not the division; a division written right after it still counts', () => {
    const fields = { city: '温州市', province: '浙江省', county: '瑞安市' };
    const text = '在安阳街道、塘下镇等地建成零工市场4家，邀请南阳镇平县玉雕企业参展，包头乡村振兴项目亦有借鉴。';
    expect(namesOf(text, 'City', fields)).toEqual(expect.arrayContaining(['南阳市', '包头市']));
    expect(namesOf(text, 'City', fields)).not.toContain('安阳市');
    expect(namesOf(text, 'County', fields)).toContain('镇平县');
  });

  it('the 等 of 等级 and 中等 neither closes a list of companies nor cuts a name; 共有 ends the words before a company', () => {
    const text = '全市共备案职业技能等级认定企业326家。2023年全市共有华为终端有限公司、vivo移动通信有限公司等217家企业开展新型学徒制培训。联合瑞安市职业中等专业教育集团学校开展培训。';
    const companies = namesOf(text, 'Company');
    expect(companies).toEqual(expect.arrayContaining(['华为终端有限公司', 'vivo移动通信有限公司']));
    expect(companies.some((n) => n.includes('职业技能') || n.includes('教育集团'))).toBe(false);
    expect(namesOf(text, 'College')).toContain('瑞安市职业中等专业教育集团学校');
  });

  it('a quoted title and a bare 大赛 is a competition, its place kept', () => {
    const names = namesOf('我市选手在广东省“技能状元”大赛中获得5个“技能状元”称号。', 'Competition');
    expect(names).toEqual(['广东省技能状元大赛']);
  });

  it('a quoted package of numbered articles is a policy (“人才振兴60条”), and its number no figure', () => {
    const text = '我局将深入落实黑龙江省“人才振兴60条”，出台“稳就业20条措施”。';
    expect(namesOf(text, 'Policy')).toEqual(expect.arrayContaining(['人才振兴60条', '稳就业20条措施']));
    expect(metrics(text).map((m) => m.surface)).toEqual([]);
  });

  it('N部门 counts departments', () => {
    const [m] = metrics('按照人力资源社会保障部等10部门要求。');
    expect([m?.value, m?.unit]).toEqual([10, '部门']);
  });

  it('在线 and 对口 are words, not boundaries (百度在线网络技术（北京）有限公司); a training centre of no name is no organization', () => {
    const text = '为百度在线网络技术（北京）有限公司办理人才引进，依托各县（市）职业技能培训中心和上海市对口援疆前方指挥部开展培训。';
    expect(namesOf(text, 'Company')).toEqual(['百度在线网络技术（北京）有限公司']);
    // the training centre is named by its trade only; the aid command is a named body (this session's sixth round)
    expect(namesOf(text, 'Organization')).toEqual(['上海市对口援疆前方指挥部']);
  });

  it('central bodies by full and short name (工信部, 国务院国资委, 全国工商联); 民政部门 is no ministry; 集中办理 holds no body', () => {
    const text = '根据中共中央办公厅、国务院办公厅印发的意见，会同工信部、农业农村部、国务院国资委、全国工商联等部门，联合民政部门集中办理。';
    const names = namesOf(text, 'Agency', { city: '郑州市', province: '河南省' });
    expect(names).toEqual(expect.arrayContaining(['中共中央办公厅', '国务院办公厅', '工业和信息化部', '农业农村部', '国务院国有资产监督管理委员会', '中华全国工商业联合会']));
    expect(names).not.toContain('民政部');
    expect(names.some((n) => n.includes('{place}') || n.startsWith('郑州市'))).toBe(false);
  });

  it('two things joined by 和 before a platform ending are no program (共建产业学院和实训基地)', () => {
    const names = namesOf('支持职业院校与企业共建产业学院和实训基地，建成粤菜师傅培训基地15个。', 'Program');
    expect(names).toContain('粤菜师傅培训基地');
    expect(names.some((n) => n.includes('和'))).toBe(false);
  });

  it('a branch of the central bank is the branch, named with its place (中国人民银行腾冲市支行, 人行云南省分行)', () => {
    const names = namesOf('会同中国人民银行腾冲市支行、人行云南省分行等部门。', 'Agency', { city: '保山市', province: '云南省', county: '腾冲市' });
    expect(names).toEqual(['中国人民银行腾冲市支行', '中国人民银行云南省分行']);
  });

  it('the count of proposers on a salutation line is no figure', () => {
    expect(metrics('尊敬的杨光明等3位代表：\n你们提出的建议收悉。2023年累计培训8900人次。').map((m) => m.surface)).toEqual(['8900人次']);
  });

  it('…技能大师 before 工作室 is the platform, not an honour (建成州级技能大师工作室12个)', () => {
    const text = '建成州级技能大师工作室12个，评选恩施州技能大师8名。';
    expect(namesOf(text, 'Award')).toEqual(['恩施州技能大师']);
    expect(namesOf(text, 'Program')).toContain('技能大师工作室');
  });

  it('kinds of business listed before 等企业 are no companies (酒店、景区、免税店); a standard’s edition in brackets keeps it a document', () => {
    const text = '面向酒店、景区、免税店等企业开展培训，支持亚特兰蒂斯酒店、三亚中免免税品有限公司等企业开展认定。按照《海南自由贸易港高层次人才分类标准（2022）》认定人才。';
    expect(namesOf(text, 'Company').sort()).toEqual(['三亚中免免税品有限公司', '亚特兰蒂斯酒店']);
    expect(namesOf(text, 'Policy')).toEqual(['海南自由贸易港高层次人才分类标准（2022）']);
  });

  it('a quoted slogan of parallel short phrases is one name; a lexicon name’s surface keeps the quote its last word stands in', () => {
    const text = '推行“社保服务进企业、进园区、进社区”活动，实现社会保障卡“一卡通”应用场景120项。';
    const programs = recognizeEntities(ctxOf(text)).filter((m) => m.type === 'Program');
    expect(programs.map((m) => m.name)).toEqual(['社保服务进企业、进园区、进社区', '社会保障卡一卡通']);
    expect(programs[1]!.surface).toBe('社会保障卡“一卡通”');
  });

  it('截至2023年底 dates a figure to 2023 (至 of 截至 ends no range)', () => {
    expect(metrics('截至2023年底，全市参保人数达到285.6万人。').map((m) => m.year)).toEqual([2023]);
  });

  it('a company named by its place and trade keeps the trade word (山西建设投资集团有限公司, not 投资集团有限公司)', () => {
    expect(namesOf('组织太原钢铁（集团）有限公司、山西建设投资集团有限公司等320家企业提供岗位。', 'Company').sort()).toEqual(['太原钢铁（集团）有限公司', '山西建设投资集团有限公司']);
  });
});


describe('names of this session’s fourth round of written replies (test/fixtures/dev d14–d19)', () => {
  it('a verb of choosing or hiring before a company is no part of its name', () => {
    const text = '聘请福耀玻璃工业集团股份有限公司技术骨干担任创业导师；遴选厦门象屿集团有限公司等10家企业重点扶持；选聘中国石化集团福建炼油化工有限公司高级技师授课。';
    expect(namesOf(text, 'Company')).toEqual(expect.arrayContaining(['福耀玻璃工业集团股份有限公司', '厦门象屿集团有限公司', '中国石化集团福建炼油化工有限公司']));
    expect(namesOf(text, 'Company').some((n) => /^(聘请|遴选|选聘)/.test(n))).toBe(false);
  });

  it('a bank’s branch is a company and a rural credit cooperative an organisation', () => {
    const text = '在中国农业银行榆林分行、神木市农村信用合作联社的网点设立社保服务点。';
    expect(namesOf(text, 'Company')).toContain('中国农业银行榆林分行');
    expect(namesOf(text, 'Organization')).toContain('神木市农村信用合作联社');
  });

  it('two subsidies joined by 和 are kinds of payment, not a scheme', () => {
    expect(namesOf('对新引进的博士给予租房补贴和交通补助。', 'Program')).toEqual([]);
  });

  it('programs of human-resources services and pensions: the lexicon’s, and a generic activity is none', () => {
    const text = '开展全国人力资源诚信服务示范机构创建，建设返乡创业园3个，全面落实参保扩面，提高城乡居民基础养老金。';
    const names = namesOf(text, 'Program');
    expect(names).toEqual(expect.arrayContaining(['人力资源诚信服务示范机构', '返乡创业园']));
    expect(names).not.toContain('参保扩面');
    expect(names).not.toContain('城乡居民基础养老金');
  });

  it('a national high-skills base’s building project is that base; a long scheme phrase in a cited title is the title’s subject', () => {
    expect(namesOf('入选国家级高技能人才培训基地建设项目。', 'Program')).toEqual(['高技能人才培训基地']);
    const inTitle = '贯彻《关于进一步加强高技能人才与专业技术人才职业发展贯通的实施意见》，推进产教融合。';
    expect(namesOf(inTitle, 'Program')).toEqual(['产教融合']);
    expect(namesOf('推动技能人才与专业技术人才贯通发展。', 'Program')).toEqual(['高技能人才与专业技术人才职业发展贯通']);
  });
});

describe('figures of this session’s fourth round of written replies', () => {
  it('a column headed 其中：博士 counts 博士, in its row’s year', () => {
    const text = '一、引进人才情况\n年度\t引进人才\t其中：博士\n2022年\t735人\t23人\n';
    const found = metrics(text).map((m) => [m.value, m.counts, m.year]);
    expect(found).toEqual(expect.arrayContaining([[735, '引进人才', 2022], [23, '博士', 2022]]));
  });

  it('共建 is the verb, not 共 + 建; a clause too long to keep starts at 联合培养', () => {
    const text = '一、校企合作。共建校内外实训基地36个，山西大学与山西潞安化工集团有限公司技术中心联合培养博士后研究人员15名。';
    const counts = metrics(text).map((m) => m.counts);
    expect(counts).toEqual(expect.arrayContaining(['共建校内外实训基地', '联合培养博士后研究人员']));
    // 共 of 共建有 is the total
    expect(metrics('一、平台建设。全市共建有省级技能大师工作室12家。').map((m) => m.counts)).toEqual(['建有省级技能大师工作室']);
  });
});

describe('names of this session’s fifth round of written replies (test/fixtures/dev d20–d25)', () => {
  it('a school named after the company that runs it is a college, and the company is named too', () => {
    const text = '平顶山天安煤业股份有限公司技工学校、中国平煤神马控股集团有限公司技师学院和平顶山（集团）有限责任公司技工学校坚持为企业培养技能人才。';
    expect(namesOf(text, 'College')).toEqual(['平顶山天安煤业股份有限公司技工学校', '中国平煤神马控股集团有限公司技师学院', '平顶山（集团）有限责任公司技工学校']);
    expect(namesOf(text, 'Company')).toEqual(['平顶山天安煤业股份有限公司', '中国平煤神马控股集团有限公司', '平顶山（集团）有限责任公司']);
  });

  it('a 技工教育集团 is an organisation; 享受 ends the text before a name; a 新技术开发区 is an organisation', () => {
    expect(namesOf('组建邯郸市技工教育集团，吸纳成员单位60家。', 'Organization')).toEqual(['邯郸市技工教育集团']);
    expect(namesOf('组建邯郸市技工教育集团，吸纳成员单位60家。', 'Company')).toEqual([]);
    expect(namesOf('对技工院校学生按规定享受中等职业学校免学费政策。', 'College')).toEqual([]);
    expect(namesOf('在长沙高新技术产业开发区和湘江新技术开发区设立服务站。', 'Organization')).toEqual(['长沙高新技术产业开发区', '湘江新技术开发区']);
  });

  it('the honour a competition selects is an award inside the competition’s name', () => {
    const text = '举办石家庄市第三届职业技能大赛暨“石家庄工匠”选拔赛。';
    expect(namesOf(text, 'Competition')).toEqual(['石家庄市第三届职业技能大赛']);
    expect(namesOf(text, 'Award')).toEqual(['石家庄工匠']);
  });

  it('自治区党委、政府 names the region’s government too, its place left unwritten', () => {
    const names = namesOf('认真贯彻落实自治区党委、政府和呼和浩特市委、政府决策部署。', 'Agency', { province: '内蒙古自治区', city: '包头市' });
    expect(names).toEqual(expect.arrayContaining(['中共{place}委员会', '{place}人民政府', '中共呼和浩特市委员会', '呼和浩特市人民政府']));
  });

  it('a quoted app or platform, and a quoted practice after 推行 that ends its clause, are programs; a quote before more words is not', () => {
    const names = namesOf('通过“赣服通”APP和“就业通”平台办理；推行社保待遇“快办、好办”，推广“一次告知”经验。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['赣服通', '就业通', '快办、好办']));
    expect(names).not.toContain('一次告知');
  });

  it('the tripartite labour-relations mechanism is a program', () => {
    expect(namesOf('健全政府、工会、企业代表组织共同参与的劳动关系三方协商机制。', 'Program')).toEqual(['劳动关系三方协商机制']);
  });
});

describe('figures of this session’s fifth round of written replies', () => {
  it('a short bracketed note before a figure is part of what it counts; 惠及 keeps its 及; a list bullet is dropped; 共建 starts a long clause', () => {
    const counts = (t: string) => metrics(t).map((m) => m.counts);
    expect(counts('一、创建工作。创建示范企业56家、示范乡镇（街道）4个。')).toContain('示范乡镇（街道）');
    expect(counts('一、技能补贴。发放补贴2860万元，惠及1.7万人次。')).toContain('惠及');
    expect(counts('## 一、就业见习\n\n- 募集就业见习岗位1.2万个；\n')).toEqual(['募集就业见习岗位']);
    expect(counts('一、校企合作。支持南宁职业技术学院、南宁市第一职业技术学校与广西柳工机械股份有限公司共建实训基地9个。')).toEqual(['共建实训基地']);
  });
});

describe('names of this session’s sixth round of written replies (test/fixtures/dev d26–d30)', () => {
  it('an edition names a workers’ competition; without one 职工职业技能大赛 is an activity', () => {
    expect(namesOf('举办绥化市第六届职工职业技能大赛。', 'Competition')).toEqual(['绥化市第六届职工职业技能大赛']);
    expect(namesOf('广泛开展职工职业技能大赛。', 'Competition')).toEqual([]);
  });

  it('人人持证 with any province’s skills brand is one program; a three-part + model; paired assistance; a labour station; a quote before 专场招聘会', () => {
    const names = namesOf('深入实施“人人持证、技能龙江”行动，推行“合作社+车间+农户”模式，用好对口援疆机制，在苏州设立劳务工作站，通过“点对点”专车输送，举办“喀什招才引智”专场招聘会。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['人人持证', '合作社+车间+农户', '对口援疆', '驻外劳务工作站', '点对点劳务输出', '喀什招才引智']));
    expect(names).not.toContain('技能龙江');
  });

  it('a development zone of two places joined by a dash; aid commands and working groups are organisations', () => {
    const text = '依托库尔勒—尉犁经济技术开发区，对接浙江省援疆前方指挥部和杭州市援疆工作组。';
    expect(namesOf(text, 'Organization')).toEqual(['库尔勒—尉犁经济技术开发区', '浙江省援疆前方指挥部', '杭州市援疆工作组']);
  });
});

describe('figures of this session’s sixth round of written replies', () => {
  it('bare numbers under a header that states the unit are figures in it, scaled (人, 万元), in their row’s year', () => {
    const text = '一、引进人才\n年度\t引进人才（人）\t其中：高层次人才（人）\t补贴资金（万元）\n2022年\t24300\t2150\t860.5\n';
    const found = metrics(text).map((m) => [m.value, m.unit, m.counts, m.year]);
    expect(found).toEqual([[24300, '人', '引进人才', 2022], [2150, '人', '高层次人才', 2022], [8605000, '元', '补贴资金', 2022]]);
  });
});

describe('names of this session’s seventh round of written replies (test/fixtures/dev d32–d35)', () => {
  it('an unquoted title after 落实 that opens with its place’s full name and ends its clause is a document; 市委市政府工作方案 is not', () => {
    const names = namesOf('落实常熟市技能人才培养激励办法，根据市委市政府工作方案，依据浙江省就业促进条例。', 'Policy');
    expect(names).toEqual(['常熟市技能人才培养激励办法', '浙江省就业促进条例']);
  });

  it('a quote before 劳务输转, one ending in 工坊, and the cross-strait youth base are programs', () => {
    const names = namesOf('组织“点对点、一站式”劳务输转，共建“沪滇苗绣工坊”，建设海峡两岸青年就业创业基地。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['点对点、一站式', '沪滇苗绣工坊', '海峡两岸青年就业创业基地']));
  });
});

describe('names of this session’s eighth round of written replies (test/fixtures/dev d36–d39)', () => {
  it('youth dream workshops and youth service centres are organisations; the Hong Kong–Macao youth base and 订单定向培训 are programs', () => {
    const text = '依托横琴澳门青年梦工场、珠海市港澳青年服务中心和粤港澳大湾区青年创新创业基地，开展订单定向培训。';
    expect(namesOf(text, 'Organization')).toEqual(['横琴澳门青年梦工场', '珠海市港澳青年服务中心']);
    expect(namesOf(text, 'Program')).toEqual(expect.arrayContaining(['港澳青年创新创业基地', '订单、定向、定岗培训']));
  });
});

describe('names of this session’s ninth round of written replies (test/fixtures/dev d40–d41)', () => {
  it('paired assistance to Tibet, the yearly pension raise and a quoted way of certifying are programs', () => {
    const names = namesOf('用好对口援藏资源，连续调整退休人员基本养老金，推行“静默认证”为主、“刷脸认证”为辅的认证方式。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['对口援藏', '基本养老金调整', '静默认证', '刷脸认证']));
  });
});

describe('names of this session’s tenth round of written replies (test/fixtures/dev d42–d43)', () => {
  it('a level before an unquoted platform is no part of its name; a 传承基地 is a platform; 工匠名师 is the honour', () => {
    const text = '建成省级乡村工匠名师工作室2个、苗族银饰技艺传承基地3个，推荐4人获评“贵州省乡村工匠名师”。';
    expect(namesOf(text, 'Program')).toEqual(expect.arrayContaining(['乡村工匠名师工作室', '苗族银饰技艺传承基地']));
    expect(namesOf(text, 'Award')).toEqual(['贵州省乡村工匠名师']);
  });
});

describe('names of this session’s eleventh round of written replies (test/fixtures/dev d44–d45)', () => {
  it('a quoted name before 微信小程序 or 微信公众号 is a program', () => {
    expect(namesOf('依托“亳州就业”微信小程序和“皖就业”微信公众号发布岗位。', 'Program')).toEqual(expect.arrayContaining(['亳州就业', '皖就业']));
  });
});

describe('names of a reply from a cooperation zone (test/fixtures/dev d46)', () => {
  it('a deep-cooperation zone and a youth start-up valley, a middle dot inside the name, are organisations', () => {
    expect(namesOf('依托横琴·澳门青年创业谷，支持横琴粤澳深度合作区建设。', 'Organization')).toEqual(['横琴·澳门青年创业谷', '横琴粤澳深度合作区']);
  });
});

describe('names of the twelfth round of written replies (test/fixtures/dev d47–d49)', () => {
  it('a quoted …之家 is a program, and so is a quote before a short descriptor ending in 展销会 or 招聘会', () => {
    const names = namesOf('在商圈建设“快递小哥之家”8个，在宁波举办“甬上好物”农特产品展销会，组织“春暖花开”民营企业招聘会。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['快递小哥之家', '甬上好物', '春暖花开']));
  });
  it('the union’s outdoor workers’ stations and the 12345 hotline are programs', () => {
    const names = namesOf('联合市总工会建成户外劳动者服务站点210个，畅通12345政务服务便民热线维权渠道。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['户外劳动者服务站点', '12345政务服务便民热线']));
  });
});

describe('names of the thirteenth round of written replies (test/fixtures/dev d50–d52)', () => {
  it('a quoted …工厂 or …车间 is a program; “X”专项行动 is the program X', () => {
    const text = '在乡村建设“卫星工厂”56家、“巧手车间”20个；实施“技能喀什”专项行动，推动“技能喀什”建设。';
    const names = namesOf(text, 'Program');
    expect(names).toEqual(expect.arrayContaining(['卫星工厂', '巧手车间', '技能喀什']));
    expect(names).not.toContain('技能喀什专项行动');
  });
  it('an aid headquarters and a 工业城 are organisations; the one-off job-seeking subsidy is a program', () => {
    const text = '广东省援疆指挥部协调企业入驻喀什纺织工业城，对困难家庭毕业生给予一次性求职创业补贴。';
    expect(namesOf(text, 'Organization')).toEqual(['广东省援疆指挥部', '喀什纺织工业城']);
    expect(namesOf(text, 'Program')).toContain('一次性求职创业补贴');
  });
});

describe('names of the fourteenth round of written replies (test/fixtures/dev d53–d55)', () => {
  it('an academy is no college, its institute is an organisation named from the academy on', () => {
    const text = '联合中国科学院大连化学物理研究所、辽宁省农业科学院和大连理工大学开展引才。';
    expect(namesOf(text, 'College')).toEqual(['大连理工大学']);
    expect(namesOf(text, 'Organization')).toEqual(expect.arrayContaining(['中国科学院大连化学物理研究所', '辽宁省农业科学院']));
  });
  it('a development zone in the statistical division codes is an organisation, not a county; a new area is one unless it is a district', () => {
    const zones = '依托苏州工业园区、长春净月高新技术产业开发区和哈尔滨新区建设创业园。';
    expect(namesOf(zones, 'County')).toEqual([]);
    expect(namesOf(zones, 'Organization')).toEqual(['苏州工业园区', '长春净月高新技术产业开发区', '哈尔滨新区']);
    const district = '组织滨海新区、浦东新区的企业开展对接。';
    expect(namesOf(district, 'Organization')).toEqual([]);
    expect(namesOf(district, 'County')).toEqual(expect.arrayContaining(['滨海新区', '浦东新区']));
  });
  it('a quoted talent festival and an unquoted …创业基地 are programs; a platform after a bracketed place word is not cut there', () => {
    const text = '举办第三届“沈阳人才节”，申报国家级海外高层次人才创新创业基地，建设粤港澳大湾区（前海）青年创新创业基地。';
    const names = namesOf(text, 'Program');
    expect(names).toEqual(expect.arrayContaining(['沈阳人才节', '海外高层次人才创新创业基地']));
    expect(names).not.toContain('青年创新创业基地');
  });
  it('a quoted …英才 chosen in a selection is an honour; a quoted …英才 project or plan is not', () => {
    expect(namesOf('将冰雪技能人才纳入“燕山英才”评选范围。', 'Award')).toEqual(['燕山英才']);
    expect(namesOf('实施“草原英才”工程，入选兴滇英才支持计划。', 'Award')).toEqual([]);
  });
});

describe('names of the fifteenth round of written replies (test/fixtures/dev d56–d58)', () => {
  it('a platform named by its ending before 开展 is a program; returning to start a business and zero-employment families are no programs', () => {
    const text = '依托邵阳市残疾人职业技能培训基地开展培训，实施残疾人职业技能提升计划，对返乡创业青年提供贷款，零就业家庭动态清零。';
    const names = namesOf(text, 'Program');
    expect(names).toEqual(expect.arrayContaining(['残疾人职业技能培训基地', '残疾人职业技能提升计划']));
    expect(names).not.toContain('返乡入乡创业');
    expect(names.some((n) => n.startsWith('零就业'))).toBe(false);
  });
  it('a rural credit cooperative’s branch is an organisation; a bank’s branch a company', () => {
    const text = '联合广西农信社百色支行、中国农业银行百色分行推出贷款产品。';
    expect(namesOf(text, 'Organization')).toEqual(['广西农信社百色支行']);
    expect(namesOf(text, 'Company')).toEqual(['中国农业银行百色分行']);
  });
  it('a quoted title right after 评选 that closes its clause is an honour, up to twelve characters', () => {
    expect(namesOf('评选“三亚市优秀返乡创业青年”，营造良好氛围。', 'Award')).toEqual(['三亚市优秀返乡创业青年']);
  });
});

describe('names of the sixteenth round of written replies (test/fixtures/dev d59–d61)', () => {
  it('产教融合、校企合作 names both; a world-skills training base is a program, not the competition; forest rangers are a program', () => {
    const text = '推动产教融合、校企合作走深走实，支持技师学院建设世界技能大赛中国集训基地，开发生态护林员岗位500个。';
    const names = namesOf(text, 'Program');
    expect(names).toEqual(expect.arrayContaining(['产教融合', '校企合作', '世界技能大赛中国集训基地', '生态护林员']));
    expect(namesOf(text, 'Competition')).toEqual([]);
  });
  it('a quoted …超市 is a program; a quoted style of training (“短平快”) is not', () => {
    const names = namesOf('上线“零工超市”专区，开展“短平快”培训。', 'Program');
    expect(names).toContain('零工超市');
    expect(names).not.toContain('短平快');
  });
});

describe('names of the seventeenth round of written replies (test/fixtures/dev d62–d64)', () => {
  it('a company named by its place and a two-character brand holding 的 keeps it (芜湖美的…)', () => {
    expect(namesOf('在奇瑞汽车股份有限公司、佛山美的家用电器制造有限公司等企业设立见习基地。', 'Company')).toEqual(['奇瑞汽车股份有限公司', '佛山美的家用电器制造有限公司']);
    expect(namesOf('组织芜湖市的企业开展培训，推荐芜湖市的华菱汽车股份有限公司参评。', 'Company')).toEqual(['华菱汽车股份有限公司']);
  });
  it('a quoted number before a service or plan names a scheme; before anything else it is a slogan', () => {
    const names = namesOf('实施“1131”实名服务和“311”就业服务，围绕“532”主导产业开展“订单式”技能培训。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['1131实名服务', '311就业服务', '订单班']));
    expect(names.some((n) => n.startsWith('532'))).toBe(false);
  });
});

describe('names of the eighteenth round of written replies (test/fixtures/dev d65–d67)', () => {
  it('an industrial park (…产业园) is an organisation; a level before it makes a rank, not a name', () => {
    const text = '依托睢宁县电商产业园开展培训，中国徐州人力资源服务产业园获批国家级人力资源服务产业园。';
    expect(namesOf(text, 'Organization')).toEqual(['睢宁县电商产业园', '中国徐州人力资源服务产业园']);
    expect(namesOf(text, 'Program')).toContain('人力资源服务产业园');
  });
});

describe('names of the nineteenth round of written replies (test/fixtures/dev d68–d70)', () => {
  it('a quote before …提升行动 is a program; shared employment is a program', () => {
    const names = namesOf('实施“技能荆门”提升行动，推广共享用工模式。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['技能荆门', '共享用工']));
  });
});

describe('names of the twentieth round of written replies (test/fixtures/dev d71–d73)', () => {
  it('山东 inside a mountain’s name (贺兰山东麓) names no province', () => {
    expect(namesOf('西夏区地处贺兰山东麓葡萄酒产区，与山东省开展劳务协作。', 'Province')).toEqual(['山东省']);
    expect(namesOf('西夏区地处贺兰山东麓葡萄酒产区。', 'Province')).toEqual([]);
  });
});

describe('names of the twenty-first round of written replies (test/fixtures/dev d74–d75)', () => {
  it('kinds of business before 等劳动密集型企业 are no companies; a park of one place in another is an organisation', () => {
    const text = '依托广东（喀什）产业园，引进纺织服装、电子产品组装等劳动密集型企业，在各镇（街道）工业园设立车间。';
    expect(namesOf(text, 'Company')).toEqual([]);
    expect(namesOf(text, 'Organization')).toEqual(['广东（喀什）产业园']);
  });
  it('satellite factories and mutual recognition of qualifications are programs; a living allowance during training is not; an unnamed alliance is no organisation', () => {
    const text = '建设卫星工厂136个，推进职业资格互认，给予培训期间生活费补贴，周边县市组建人力资源服务联盟。';
    const names = namesOf(text, 'Program');
    expect(names).toEqual(expect.arrayContaining(['卫星工厂', '职业资格互认']));
    expect(names).not.toContain('培训期间生活费补贴');
    expect(namesOf(text, 'Organization')).toEqual([]);
  });
});

describe('names of the twenty-second round of written replies (test/fixtures/dev d76–d77)', () => {
  it('a hospital and an industrial zone are organisations; a known program that is a whole cited title is both', () => {
    const text = '在拉萨市城关区人民医院设立见习基地，在滨海工业区开展协商，参照《技能人才薪酬分配指引》建立制度。';
    expect(namesOf(text, 'Organization')).toEqual(['拉萨市城关区人民医院', '滨海工业区']);
    expect(namesOf(text, 'Program')).toContain('技能人才薪酬分配指引');
    expect(namesOf(text, 'Policy')).toContain('技能人才薪酬分配指引');
  });
});

describe('names of the twenty-third round of written replies (test/fixtures/dev d78–d80)', () => {
  it('honours put forward with 参评 are awards, a second …工匠 of the same clause too', () => {
    const names = namesOf('推荐优秀绣娘参评“贵州工匠”“遵义工匠”，组织开展技能培训。', 'Award');
    expect(names).toEqual(expect.arrayContaining(['贵州工匠', '遵义工匠']));
  });
  it('a social insurance centre is an organisation; the private enterprises’ service month is its own campaign', () => {
    const text = '依托南阳市社会保险中心开展经办服务，举办“民营企业服务月”“民营企业招聘月”等招聘活动。';
    expect(namesOf(text, 'Organization')).toEqual(['南阳市社会保险中心']);
    expect(namesOf(text, 'Program')).toEqual(expect.arrayContaining(['民营企业服务月', '民营企业招聘月']));
  });
});

describe('names of the twenty-fourth round of written replies (test/fixtures/dev d81–d83)', () => {
  it('a quote of parallel phrases opening with the same two characters is one slogan, phrases of different heads a list', () => {
    const text = '对基层专业技术人才实行“定向评价、定向使用”，着力打造“粤菜师傅、广东技工”等劳务品牌。';
    const names = namesOf(text, 'Program');
    expect(names).toContain('定向评价、定向使用');
    expect(names).not.toContain('定向评价');
    expect(names).toEqual(expect.arrayContaining(['粤菜师傅', '广东技工']));
  });
  it('a company’s name starts after 至 (评审权下放至…公司)', () => {
    expect(namesOf('将工程系列中级职称评审权下放至广西玉柴机器股份有限公司等企业。', 'Company')).toEqual(['广西玉柴机器股份有限公司']);
  });
  it('a science city with its place in brackets is an organisation', () => {
    expect(namesOf('依托中国（德阳）科技城建设人才高地。', 'Organization')).toEqual(['中国（德阳）科技城']);
  });
  it('the career-path link of skilled and technical talent written as a 通道, a fast track for title applications, the Yangtze fishing ban', () => {
    const names = namesOf('打通高技能人才与专业技术人才职业发展通道，开通职称申报绿色通道，落实长江十年禁渔退捕渔民安置保障。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['高技能人才与专业技术人才职业发展贯通', '职称评审绿色通道', '长江十年禁渔']));
  });
});

describe('names of the twenty-fifth round of written replies (test/fixtures/dev d84–d86)', () => {
  it('the special-posts plan by its full name, online start-up training; “三位一体” is a slogan', () => {
    const names = namesOf('实施农村义务教育阶段学校教师特设岗位计划，开展网络创业培训，推动预防、补偿、康复“三位一体”制度建设。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['特岗计划', '网络创业培训']));
    expect(names).not.toContain('三位一体');
  });
  it('a team of start-up mentors is an organisation, not the mentor scheme', () => {
    const text = '邀请曲靖市创业导师团开展“创业沙龙”活动。';
    expect(namesOf(text, 'Organization')).toEqual(['曲靖市创业导师团']);
    expect(namesOf(text, 'Program')).not.toContain('创业导师');
  });
});

describe('names of the twenty-sixth round of written replies (test/fixtures/dev d87–d89)', () => {
  it('associations of places listed before 等地 are no one body', () => {
    expect(namesOf('与北京、天津等地餐饮行业协会建立劳务协作关系，与各地商会对接。', 'Organization')).toEqual([]);
  });
  it('a quote that names a program by its own ending takes no descriptor after it (“清风行动”护薪专项行动)', () => {
    const names = namesOf('开展“清风行动”护薪专项行动，为农民工追讨欠薪。', 'Program');
    expect(names).toContain('清风行动');
    expect(names).not.toContain('清风行动护薪专项行动');
  });
  it('relocation for poverty alleviation, points-based management and stations for platform workers are programs', () => {
    const names = namesOf('做好易地扶贫搬迁后续扶持，深化外来务工人员积分制管理，建设新就业形态劳动者服务站12个。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['易地扶贫搬迁', '积分制管理', '新就业形态劳动者服务站']));
  });
});

describe('names of the twenty-seventh round of written replies (test/fixtures/dev d90–d92)', () => {
  it('a hotel named by its place and brand is a company; a kind of hotel or a hotel-management course is not', () => {
    expect(namesOf('与陵水香格里拉度假酒店共建实训基地，引导星级酒店吸纳就业，开设酒店管理专业。', 'Company')).toEqual(['陵水香格里拉度假酒店']);
  });
  it('a science city is an organisation; an innovation zone is no new area', () => {
    const text = '在怀柔科学城设立人才服务站，建设数字经济发展创新区。';
    expect(namesOf(text, 'Organization')).toEqual(['怀柔科学城']);
  });
  it('a program a cited title quotes is named (《…“黔聚英才”行动计划》); a quote that is the whole policy is not a program', () => {
    expect(namesOf('落实《遵义市人才强市“遵聚英才”行动计划》，推动“黔北人才30条”政策落地。', 'Program')).toEqual(['遵聚英才']);
  });
  it('a quoted talent service card is a program by its ending; international talent communities are in the lexicon', () => {
    const names = namesOf('发放“朝阳人才服务卡”1200张，建设望京国际人才社区。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['朝阳人才服务卡', '国际人才社区']));
    expect(names).not.toContain('人才绿卡');
  });
});

describe('names of the forty-fifth round of written replies (test/fixtures/dev d143–d145)', () => {
  it('the one-off grassroots employment subsidy and 快立快审 are programs', () => {
    const names = namesOf('对到基层就业的高校毕业生给予一次性基层就业补贴；建立欠薪案件快立快审机制。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['一次性基层就业补贴', '快立快审']));
  });
});

describe('names of the forty-sixth round of written replies (test/fixtures/dev d146–d148)', () => {
  it('家门口就业 in everyday speech is no program; quoted or as a service it is', () => {
    expect(namesOf('支持边境群众在家门口就业增收，带动农村妇女家门口就业。', 'Program')).not.toContain('家门口就业');
    expect(namesOf('打造家门口就业服务品牌。', 'Program')).toContain('家门口就业');
    expect(namesOf('设立“家门口就业”服务站。', 'Program')).toContain('家门口就业');
  });
  it('an industrial base led by a place or by the nation’s name is an organisation; a kind of base is not', () => {
    expect(namesOf('中国川菜产业化基地坐落于此，安阳市食品产业化基地也已建成。', 'Organization')).toEqual(['中国川菜产业化基地', '安阳市食品产业化基地']);
    expect(namesOf('建设蔬菜产业化基地，打造国家级产业化基地。', 'Organization')).toEqual([]);
  });
});

describe('names of the forty-seventh round of written replies (test/fixtures/dev d149–d151)', () => {
  it('two names joined by 和 are two: the second starts after the join', () => {
    const names = namesOf('深入实施“浙派工匠”培育工程和新时代台州工匠培育行动，推动企业技能人才队伍建设。', 'Program');
    expect(names).toContain('新时代台州工匠培育行动');
    expect(names.some((n) => n.includes('和新时代'))).toBe(false);
  });
  it('a known base written with its skill inside (世界技能大赛陶艺项目中国集训基地) is that base', () => {
    expect(namesOf('积极争取世界技能大赛陶艺项目中国集训基地落户我市。', 'Program')).toEqual(['世界技能大赛中国集训基地']);
  });
  it('a national pilot city of 产教融合 is its own scheme; the social-security card alone and paying a premium for the poor are none', () => {
    expect(namesOf('积极争创国家产教融合型城市。', 'Program')).toEqual(['产教融合型城市']);
    const names = namesOf('实现养老金社保卡发放全覆盖，为困难群众代缴城乡居民养老保险费，推广社会保障卡“一卡通”。', 'Program');
    expect(names).not.toContain('社保卡');
    expect(names).not.toContain('社保扶贫');
    expect(names).toContain('社会保障卡一卡通');
  });
  it('a quoted title before 评选, or gained with 称号, is an award; a grade gained is not', () => {
    const names = namesOf('组织开展“台州金蓝领”评选，1人获得“江西省突出贡献人才”称号，考核获得“优秀”等次。', 'Award');
    expect(names).toEqual(['台州金蓝领', '江西省突出贡献人才']);
  });
  it('a pilot zone led by the nation’s or a place’s name is an organisation; a known program zone stays a program', () => {
    const text = '围绕国家陶瓷文化传承创新试验区建设，创建广东省和谐劳动关系综合试验区，设立改革试验区。';
    expect(namesOf(text, 'Organization')).toEqual(['国家陶瓷文化传承创新试验区']);
    expect(namesOf(text, 'Program')).toContain('和谐劳动关系综合试验区');
  });
});

describe('names of the forty-eighth round of written replies (test/fixtures/dev d152–d154)', () => {
  it('a count of editions opens no competition’s name (连续举办五届…); an edition does', () => {
    expect(namesOf('连续举办五届东营市化工总控工职业技能竞赛，举办第五届东营市职业技能大赛。', 'Competition')).toEqual(['东营市化工总控工职业技能竞赛', '第五届东营市职业技能大赛']);
  });
  it('a competition whose words are joined by 和 is named from the region before the join', () => {
    expect(namesOf('组队参加全国石油和化工行业职业技能竞赛，获得一等奖1个。', 'Competition')).toEqual(['全国石油和化工行业职业技能竞赛']);
    expect(namesOf('开展岗位练兵和职业技能竞赛。', 'Competition')).toEqual([]);
  });
  it('Shandong’s leading talent programs are known', () => {
    expect(namesOf('申报泰山产业领军人才工程高技能领军人才项目和泰山学者。', 'Program')).toEqual(expect.arrayContaining(['泰山产业领军人才工程', '泰山学者']));
  });
});

describe('names of the fiftieth round of written replies (test/fixtures/dev d158–d160)', () => {
  it('a quote before a descriptor ending in 模式 names a model, two adjacent quotes two', () => {
    const names = namesOf('推行“县管乡用”“乡聘村用”管理模式，推行"工学交替"培养模式。', 'Program');
    expect(names).toEqual(expect.arrayContaining(['县管乡用', '乡聘村用', '工学交替']));
  });
  it('right after a verb of putting it into practice, a scheme’s stem may end in a generic word', () => {
    expect(namesOf('实施工伤预防能力提升工程，重点行业工伤事故发生率下降。', 'Program')).toEqual(['工伤预防能力提升工程']);
    // without the verb, 提升工程 ends no name
    expect(namesOf('工伤预防能力提升工程成效明显。', 'Program')).toEqual([]);
  });
  it('the township allowance is a known program, as 数字人社 is', () => {
    expect(namesOf('落实乡镇工作补贴政策，依托数字人社平台办理。', 'Program')).toEqual(expect.arrayContaining(['乡镇工作补贴', '数字人社']));
  });
});

describe('names of the fifty-first round of written replies (test/fixtures/dev d161–d163)', () => {
  it('a campaign’s year holds its verb: 提升 of …管理提升年行动 does not cut the name', () => {
    expect(namesOf('组织开展社会保险基金管理提升年行动，重点整治冒领养老金问题。', 'Program')).toEqual(['社会保险基金管理提升年行动']);
  });
  it('宏志助航计划 is a program of its own; supervising the social-insurance funds is an activity', () => {
    expect(namesOf('组织“宏志助航计划”就业能力培训。', 'Program')).toEqual(['宏志助航计划']);
    expect(namesOf('开展社保基金监管警示教育，推动社会保险基金监督检查常态化。', 'Program')).toEqual([]);
  });
});

describe('names of the fifty-fourth round of written replies (test/fixtures/dev d170–d172)', () => {
  it('a quoted craftsman’s title counted in people is an honour without a cue word', () => {
    expect(namesOf('2023年全市新增“巴蜀工匠”6名、“绵州工匠”25人。', 'Award')).toEqual(['巴蜀工匠', '绵州工匠']);
    // unquoted, or quoted with no count of people, it stays a theme without a cue
    expect(namesOf('全市新增绵州工匠25人，打造“绵州工匠”品牌。', 'Award')).toEqual([]);
  });
});

describe('names of the fifty-fifth round of written replies (test/fixtures/dev d173–d175)', () => {
  it('the crafts masters’ title, the nation’s or a province’s, is an honour', () => {
    expect(namesOf('全市现有中国工艺美术大师5名、江西省工艺美术大师40名。', 'Award')).toEqual(['中国工艺美术大师', '江西省工艺美术大师']);
    // the crafts themselves are no title
    expect(namesOf('开展工艺美术专业职称评审。', 'Award')).toEqual([]);
  });
});

describe('names of the fifty-sixth round of written replies (test/fixtures/dev d176–d178)', () => {
  it('a quote before a descriptor ending in 平台 or 基地 names the platform or base', () => {
    expect(namesOf('依托“荆楚好工”网上招聘平台发布岗位，建设“嫂子岗”就业基地8个。', 'Program')).toEqual(expect.arrayContaining(['荆楚好工', '嫂子岗']));
    // a verb in the descriptor means the quote is not the platform's name
    expect(namesOf('围绕“专精特新”企业搭建招聘平台。', 'Program')).not.toContain('专精特新');
  });
  it('a whole competition name in quotes is named by its quotes', () => {
    expect(namesOf('联合团市委举办“青春创业大赛”，评出优秀项目10个。', 'Competition')).toEqual(['青春创业大赛']);
    // unquoted, a stem naming no region or edition names no competition
    expect(namesOf('举办青春创业大赛。', 'Competition')).toEqual([]);
  });
  it('产业园区 names parks, no park of its own; a park whose name ends 产业园 still is one', () => {
    expect(namesOf('一、建强产业园区。二、建成宿迁跨境电商产业园。', 'Organization')).toEqual(['宿迁跨境电商产业园']);
  });
  it('the national human-resources export bases and single-insurance work-injury cover are known programs', () => {
    expect(namesOf('积极申报国家人力资源服务出口基地。推动外卖骑手参加单险种工伤保险。', 'Program')).toEqual(expect.arrayContaining(['人力资源服务出口基地', '单险种参加工伤保险']));
  });
});

describe('names of the fifty-seventh round of written replies (test/fixtures/dev d179–d181)', () => {
  it('a quoted sum of stages before 培养 names the scheme; a sum before anything else is a slogan', () => {
    expect(namesOf('与高职院校开展“3+2”分段培养，形成“3+1”产业格局。', 'Program')).toEqual(['3+2分段培养']);
  });
});

describe('names of the fifty-eighth round of written replies (test/fixtures/dev d182–d184)', () => {
  it('a 厂 after a place and a name of its own is a company; a factory of a kind, or after a verb, is none', () => {
    expect(namesOf('依托景德镇市红星瓷厂开设培训班。', 'Company')).toEqual(['景德镇市红星瓷厂']);
    expect(namesOf('在巴楚县建设卫星工厂12个，盘活县城老厂房。', 'Company')).toEqual([]);
  });
  it('the special campaign against wage arrears is 根治欠薪 itself, no campaign of its own', () => {
    expect(namesOf('深入开展根治欠薪专项行动，推进根治欠薪工作。', 'Program')).toEqual(['根治欠薪']);
  });
});

describe('names of the fifty-ninth round of written replies (test/fixtures/dev d185–d187)', () => {
  it('a place whose name opens with a demonstrative’s character (诸暨, 本溪, 全椒) opens a name; the demonstrative does not', () => {
    expect(namesOf('依托诸暨市技工学校、本溪市技师学院和全椒县职业教育中心开展培训，各技工学校积极参与。', 'College')).toEqual(['诸暨市技工学校', '本溪市技师学院', '全椒县职业教育中心']);
  });
  it('an earlier list’s 等 closes that list: its items are no companies', () => {
    expect(namesOf('围绕湛江港、湛江湾实验室等重大平台和宝钢湛江等重点企业用工需求开展服务。', 'Company')).toEqual(['宝钢湛江']);
  });
  it('Zhejiang’s pairing of coastal and mountain counties and the returnees’ model parks are known programs', () => {
    expect(namesOf('深化山海协作，建成省级返乡创业示范园区2个。', 'Program')).toEqual(['山海协作', '返乡创业园']);
  });
});

describe('names of the sixtieth round of written replies (test/fixtures/dev d188–d190)', () => {
  it('the national zones of talent-management reform are a known program', () => {
    expect(namesOf('高新区获批国家级人才管理改革试验区。', 'Program')).toEqual(['人才管理改革试验区']);
  });
});

describe('names of the sixty-first and sixty-second rounds of written replies (test/fixtures/dev d191–d196)', () => {
  it('a platform named after its place, the place after a joining word, is named across provinces', () => {
    expect(namesOf('依托“皖事通”APP和安徽省人社公共服务平台办理。', 'Program')).toEqual(expect.arrayContaining(['皖事通', '人社公共服务平台']));
  });
  it('a university’s science park and a vocational training centre are organisations', () => {
    expect(namesOf('依托中山大学科技园、越秀区职业训练中心开展培训。', 'Organization')).toEqual(['中山大学科技园', '越秀区职业训练中心']);
  });
  it('Guangdong’s one-off start-up grant is the one-off start-up subsidy', () => {
    expect(namesOf('发放一次性创业资助。', 'Program')).toEqual(['一次性创业补贴']);
  });
});

describe('names of the sixty-third round of written replies (test/fixtures/dev d197–d199)', () => {
  it('a province’s skills brand put into action is the brand', () => {
    expect(namesOf('深入实施技能吉林行动，落实“技能吉林”行动部署。', 'Program')).toEqual(['技能吉林']);
  });
  it('a list of companies opening with its year: the year is no part of the first name', () => {
    expect(namesOf('2023年通化钢铁、修正药业等企业培养学徒800人。', 'Company')).toEqual(['通化钢铁', '修正药业']);
  });
});

describe('names of the sixty-fourth round of written replies (test/fixtures/dev d200–d202)', () => {
  it('a count opens no name: 等8家合作银行 names no bank', () => {
    expect(namesOf('与潍坊农村商业银行股份有限公司等6家合作银行签订协议。', 'Company')).toEqual(['潍坊农村商业银行股份有限公司']);
  });
  it('a rehabilitation centre is an organisation; its branch is the centre’s', () => {
    expect(namesOf('依托浙江省工伤康复中心湖州分中心开展康复。', 'Organization')).toEqual(['浙江省工伤康复中心']);
  });
  it('a quote before a descriptor ending in 机制 names the mechanism; a one-to-one mode is no name', () => {
    expect(namesOf('推行“先鉴定后培训”工作机制，建立“一对一”帮扶机制。', 'Program')).toEqual(['先鉴定后培训']);
  });
});

describe('names of the sixty-fifth round of written replies (test/fixtures/dev d203–d205)', () => {
  it('a joining word right after a closing mark opens the next item, not its name (和谐 is a word of its own)', () => {
    expect(namesOf('落实《湖南省技能人才发展规划》和湖湘工匠培育工程。', 'Program')).toEqual(['湖湘工匠培育工程']);
  });
  it('a heritage-protection centre is an organisation', () => {
    expect(namesOf('支持云南省非物质文化遗产保护中心设立传习所。', 'Organization')).toEqual(['云南省非物质文化遗产保护中心']);
  });
});

describe('names of the sixty-seventh round of written replies (test/fixtures/dev d209–d211)', () => {
  it('a province’s model counties of returnee start-ups and the start-up job-creation subsidy are known programs', () => {
    expect(namesOf('宜都市获评湖北省返乡创业示范县（市），发放一次性创业补贴和创业带动就业补贴。', 'Program')).toEqual(expect.arrayContaining(['返乡创业示范县', '一次性创业补贴', '创业带动就业补贴']));
  });
});

describe('names of the sixty-ninth round of written replies (test/fixtures/dev d215–d217)', () => {
  it('a quote chosen into a list of labour brands is a labour brand; a quote chosen into anything else is not named so', () => {
    expect(namesOf('“衢州保姆”入选浙江省特色劳务品牌。', 'Program')).toEqual(expect.arrayContaining(['衢州保姆']));
    expect(namesOf('“衢州经验”入选全省典型案例。', 'Program')).toEqual([]);
  });
});

describe('names of the seventieth round of written replies (test/fixtures/dev d218–d220)', () => {
  it('a quote before a descriptor ending in 保险 names the insurance scheme', () => {
    expect(namesOf('市总工会推出“川工惠保”职工互助保险，覆盖快递员2万人。', 'Program')).toEqual(['川工惠保']);
  });
  it('Shaanxi’s 博士后创新基地 is the postdoctoral innovation base the other provinces call 博士后创新实践基地', () => {
    expect(namesOf('全市建成省级博士后创新基地5个。', 'Program')).toEqual(['博士后创新实践基地']);
  });
});

describe('names of the seventy-first round of written replies (test/fixtures/dev d221–d223)', () => {
  it('a border economic cooperation zone led by its place is an organisation', () => {
    expect(namesOf('支持丹东边境经济合作区企业吸纳就业，推进跨境经济合作区建设。', 'Organization')).toEqual(['丹东边境经济合作区']);
  });
});

describe('names of the seventy-second round of written replies (test/fixtures/dev d224–d226)', () => {
  it('a quoted item of the 高效办成一件事 reform (…一件事) is a program', () => {
    expect(namesOf('推进“员工录用一件事”“失业一件事”集成办理。', 'Program')).toEqual(expect.arrayContaining(['员工录用一件事', '失业一件事']));
  });
  it('a big-data centre led by its place is an organisation; building one names none', () => {
    expect(namesOf('依托淮安市大数据中心共享数据，推动建设大数据中心。', 'Organization')).toEqual(['淮安市大数据中心']);
  });
});

describe('names of the seventy-third round of written replies (test/fixtures/dev d227–d229)', () => {
  it('建设 inside 中国建设银行 does not cut the bank’s name', () => {
    expect(namesOf('与中国农业银行股份有限公司宣城分行、中国建设银行股份有限公司宣城分行等银行合作。', 'Company')).toEqual(['中国农业银行股份有限公司宣城分行', '中国建设银行股份有限公司宣城分行']);
  });
});

describe('names of the seventy-fourth round of written replies (test/fixtures/dev d230–d232)', () => {
  it('a quote said to be a labour brand is one; a five-year plan’s period in quotes is no name', () => {
    expect(namesOf('“兰州牛肉面”是我省最具影响力的劳务品牌。', 'Program')).toEqual(expect.arrayContaining(['兰州牛肉面']));
    expect(namesOf('落实《甘肃省“十四五”劳务品牌建设方案》。', 'Program')).not.toContain('十四五');
  });
  it('a province’s contingency plan in 《》 is a document', () => {
    expect(namesOf('落实《江西省规模性失业风险应急处置预案》。', 'Policy')).toEqual(['江西省规模性失业风险应急处置预案']);
  });
  it('national schemes of unemployment monitoring and job-retention training aid, and Zhejiang’s common-prosperity workshops', () => {
    expect(namesOf('设立失业动态监测点20个，发放一次性留工培训补助，建设共富工坊8个。', 'Program')).toEqual(expect.arrayContaining(['失业动态监测', '一次性留工培训补助', '共富工坊']));
  });
});

describe('names of the seventy-fifth round of written replies (test/fixtures/dev d233–d235)', () => {
  it('places listed before 等地…企业 name where the firms are, no firm; the places are found', () => {
    const text = '组织农民工赴江苏、福建等地纺织企业务工，与恒力、盛虹等企业对接。';
    expect(namesOf(text, 'Company')).toEqual(['恒力', '盛虹']);
    expect(namesOf(text, 'Province')).toEqual(['江苏省', '福建省']);
  });
  it('Shaanxi’s community factories are a program, their designation as a job-assistance base too', () => {
    expect(namesOf('建成社区工厂120家，其中认定社区工厂就业帮扶基地30个。', 'Program')).toEqual(['社区工厂']);
  });
});

describe('names of the seventy-eighth round of written replies (test/fixtures/dev d242–d244)', () => {
  it('a place’s policy area after a cue is no document; a placed title ending as documents do still is one', () => {
    expect(namesOf('落实天津市职业技能提升行动补贴政策，按规定给予补贴。', 'Policy')).toEqual([]);
    expect(namesOf('落实天津市职业技能培训补贴管理办法，按规定给予补贴。', 'Policy')).toEqual(['天津市职业技能培训补贴管理办法']);
  });
  it('the heat allowance is a program of the wage rules', () => {
    expect(namesOf('督促企业足额发放高温津贴。', 'Program')).toEqual(['高温津贴']);
  });
});

describe('names of the seventy-ninth round of written replies (test/fixtures/dev d245–d247)', () => {
  it('a place’s public-service centre (电子商务公共服务中心) is an organisation; a kind of centre is none', () => {
    expect(namesOf('依托营口市电子商务公共服务中心开展培训，推动建设县级公共服务中心。', 'Organization')).toEqual(['营口市电子商务公共服务中心']);
  });
});

describe('names of the eightieth round of written replies (test/fixtures/dev d248–d250)', () => {
  it('以 inside 以色列 does not cut a college’s name', () => {
    expect(namesOf('依托广东以色列理工学院开展培训。', 'College')).toEqual(['广东以色列理工学院']);
  });
  it('Guangdong’s 百千万工程 under its short and its full name is one program; Gansu’s 陇原巧手 is a program', () => {
    expect(namesOf('落实“百县千镇万村高质量发展工程”，以技能人才支撑“百千万工程”。', 'Program')).toEqual(['百千万工程']);
    expect(namesOf('培育“陇原巧手”，带动妇女居家就业。', 'Program')).toEqual(['陇原巧手']);
  });
});

describe('names of the eighty-second round of written replies (test/fixtures/dev d254–d256)', () => {
  it('a style of training in quotes next to a known one (“菜单式”) is no program', () => {
    expect(namesOf('开展“订单式”“菜单式”培训1200人次。', 'Program')).toEqual(['订单式']);
  });
});

describe('names of the eighty-sixth round of written replies (test/fixtures/dev d266–d268)', () => {
  it('a campus a university names in brackets is part of its name: a division or a region; another bracket is not', () => {
    expect(namesOf('与哈尔滨工业大学（威海）、中国石油大学（华东）、山东大学（2023年）合作。', 'College')).toEqual(['哈尔滨工业大学（威海）', '中国石油大学（华东）', '山东大学']);
  });
  it('结成 ends the text before a name: a college that joins an alliance is a college', () => {
    expect(namesOf('江津职业学院与泸州职业技术学院结成技工教育联盟。', 'College')).toEqual(['江津职业学院', '泸州职业技术学院']);
    expect(namesOf('江津职业学院与泸州职业技术学院结成技工教育联盟。', 'Organization')).toEqual([]);
  });
  it('a region of several provinces names a competition as a province does', () => {
    expect(namesOf('推荐选手参加京津冀职业技能大赛和长三角技能竞赛，不参加行业技能竞赛。', 'Competition')).toEqual(['京津冀职业技能大赛', '长三角技能竞赛']);
  });
});

describe('names of the eighty-seventh round of written replies (test/fixtures/dev d269–d271)', () => {
  it('督促 ends the text before a company’s name', () => {
    expect(namesOf('督促珲春国际经济技术合作有限公司依法经营。', 'Company')).toEqual(['珲春国际经济技术合作有限公司']);
  });
  it('a quoted name ending in 服务平台 is a program', () => {
    expect(namesOf('通过“境外就业信息服务平台”发布岗位。', 'Program')).toEqual(['境外就业信息服务平台']);
  });
  it('a selection round of a province written short belongs to the competition', () => {
    expect(namesOf('组织项目参加“中国创翼”创业创新大赛青海选拔赛。', 'Competition')).toEqual(['中国创翼创业创新大赛青海选拔赛']);
  });
  it('a start-up and employment incubation base is the incubation-base program', () => {
    expect(namesOf('在青海退役军人创业就业孵化基地开展培训。', 'Program')).toEqual(['创业孵化基地']);
  });
});

describe('names of the eighty-eighth round of written replies (test/fixtures/dev d272–d274)', () => {
  it('a registered name with （集团） inside it, before more of the name, is one company', () => {
    expect(namesOf('支持湖南华菱（集团）钢铁股份有限公司开展培训。', 'Company')).toEqual(['湖南华菱（集团）钢铁股份有限公司']);
  });
  it('a vocational-technical education group is an organisation, no company', () => {
    expect(namesOf('支持荆门市职业技术教育集团开设专业。', 'Organization')).toEqual(['荆门市职业技术教育集团']);
    expect(namesOf('支持荆门市职业技术教育集团开设专业。', 'Company')).toEqual([]);
  });
});

describe('names of the eighty-ninth round of written replies (test/fixtures/dev d275–d277)', () => {
  it('a quote before a descriptor ending in 窗口 names the window scheme', () => {
    expect(namesOf('在县人社服务大厅设立“办不成事”反映窗口。', 'Program')).toEqual(['办不成事']);
  });
  it('a service hall is a room, no body, though it ends in 厅', () => {
    expect(namesOf('在靖远县人社服务大厅设立窗口，靖远县城市管理综合执法局配合。', 'Agency')).toEqual(['靖远县城市管理综合执法局']);
  });
});

describe('names of the ninety-first round of written replies (test/fixtures/dev d281–d283)', () => {
  it('a quote said to have become, or to be made, a labour brand is one, after an adverb too', () => {
    expect(namesOf('“安化黑茶”已成为全省知名的劳务品牌。', 'Program')).toEqual(['安化黑茶', '劳务品牌']);
    expect(namesOf('我们将把“平江酱干”打造为省级劳务品牌。', 'Program')).toEqual(['平江酱干', '劳务品牌']);
  });
  it('家政服务进社区 is a program unquoted', () => {
    expect(namesOf('推动家政服务进社区，方便群众。', 'Program')).toEqual(['家政服务进社区']);
  });
  it('同 opens a name after a place written short and inside 同济, but a joining word after a place cuts', () => {
    expect(namesOf('依托山西同文职业技术学院和同济大学开展培训。', 'College')).toEqual(['山西同文职业技术学院', '同济大学']);
    expect(namesOf('推动山西与陕西职业技术学院合作。', 'College')).toEqual(['陕西职业技术学院']);
  });
});

describe('names of the ninety-second round of written replies (test/fixtures/dev d284–d286)', () => {
  it('a place-led 产业基地 is an organisation; a count of a class (国家七大…) names none', () => {
    expect(namesOf('宁波石化产业基地是国家七大石化产业基地之一。', 'Organization')).toEqual(['宁波石化产业基地']);
  });
});

describe('names of the ninety-third round of written replies (test/fixtures/dev d287–d289)', () => {
  it('a quoted …工匠 that people apply for is an honour', () => {
    expect(namesOf('积极推荐技能人才申报“天府工匠”。', 'Award')).toEqual(['天府工匠']);
  });
  it('a company’s 总医院 is a unit of the company; a 中西医结合医院 is a hospital of its own', () => {
    expect(namesOf('支持绵阳市中西医结合医院、长城钻探工程有限公司总医院建设实训基地。', 'Company')).toEqual(['长城钻探工程有限公司总医院']);
    expect(namesOf('支持绵阳市中西医结合医院、长城钻探工程有限公司总医院建设实训基地。', 'Organization')).toEqual(['绵阳市中西医结合医院']);
  });
  it('a care worker’s one-off grant on taking a post is a program', () => {
    expect(namesOf('对连续从业满3年的护理人员给予一次性入职奖补。', 'Program')).toEqual(['一次性入职奖补']);
  });
});

describe('names of the ninety-fourth round of written replies (test/fixtures/dev d290–d292)', () => {
  it('a province’s government-service app is a program, quoted or not', () => {
    expect(namesOf('依托“天府通办”和粤省事办理参保登记。', 'Program')).toEqual(['天府通办', '粤省事']);
  });
  it('a province’s human-resources app written before APP is named by the province and its stem; one the lexicon knows is the lexicon’s', () => {
    expect(namesOf('通过河南人社APP和江苏智慧人社客户端办理。', 'Program')).toEqual(['河南人社', '智慧人社']);
  });
});

describe('names of the ninety-fifth round of written replies (test/fixtures/dev d293–d295)', () => {
  it('a quoted talent card and a quoted development conference are programs', () => {
    expect(namesOf('为高层次人才发放“泉城优才卡”，组织参加“河南人才发展大会”。', 'Program')).toEqual(['泉城优才卡', '河南人才发展大会']);
  });
});

describe('names of the ninety-sixth round of written replies (test/fixtures/dev d296–d298)', () => {
  it('the word after the nation’s name opening a company’s name is the name’s', () => {
    expect(namesOf('吸引中国联合网络通信有限公司德州市分公司等企业入驻。', 'Company')).toEqual(['中国联合网络通信有限公司德州市分公司']);
  });
  it('新增 and 建成 end the text before an honour’s name', () => {
    expect(namesOf('新增浙江省工艺美术大师3名，建成中国工艺美术大师王建国技能大师工作室。', 'Award')).toEqual(['浙江省工艺美术大师', '中国工艺美术大师']);
  });
});

describe('names of the ninety-seventh round of written replies (test/fixtures/dev d299–d301)', () => {
  it('a place-led 农业科技园区 is an organisation', () => {
    expect(namesOf('依托广东清远国家农业科技园区提供场地。', 'Organization')).toEqual(['广东清远国家农业科技园区']);
  });
});

describe('names of the ninety-ninth round of written replies (test/fixtures/dev d305–d307)', () => {
  it('a place-led 调解中心 is an organisation', () => {
    expect(namesOf('淇县劳动人事争议调解中心被评为先进集体。', 'Organization')).toEqual(['淇县劳动人事争议调解中心']);
  });
  it('a quote before a 创建活动 names it; a long quoted title chosen is an honour', () => {
    expect(namesOf('开展“星级调解组织”创建活动。', 'Program')).toEqual(['星级调解组织']);
    expect(namesOf('该中心被评为“全国金牌劳动人事争议调解组织”。', 'Award')).toEqual(['全国金牌劳动人事争议调解组织']);
  });
});

describe('names of the hundredth round of written replies (test/fixtures/dev d308–d310)', () => {
  it('获 inside 收获 does not cut a competition’s name', () => {
    expect(namesOf('在来宾市举办来宾市甘蔗收获机操作技能竞赛。', 'Competition')).toEqual(['来宾市甘蔗收获机操作技能竞赛']);
  });
  it('a list of occupations before 等职业的企业… lists no companies', () => {
    expect(namesOf('支持企业开展导游、研学旅行指导师等职业的企业技能人才自主评价。', 'Company')).toEqual([]);
  });
  it('the occupational classification (…职业分类大典) is a document', () => {
    expect(namesOf('研学旅行指导师纳入《中华人民共和国职业分类大典（2022年版）》。', 'Policy')).toEqual(['中华人民共和国职业分类大典（2022年版）']);
  });
});

describe('names of the hundred-and-first round of written replies (test/fixtures/dev d311–d313)', () => {
  it('a known name read across the close of a quote opened inside another word is none', () => {
    expect(namesOf('我们将推动“怒江劳务”品牌建设，组织“点对点”劳务输出。', 'Program')).toEqual(['怒江劳务', '点对点劳务输出']);
  });
  it('a place’s 人事考试中心 is an organisation', () => {
    expect(namesOf('依托赤峰市人事考试中心组织笔试。', 'Organization')).toEqual(['赤峰市人事考试中心']);
  });
  it('graduates’ grassroots schemes and the card made while one waits are programs; so is a quoted information system', () => {
    expect(namesOf('面向大学生村官定向招聘，落实学费补偿和国家助学贷款代偿政策，推行即时制卡。', 'Program')).toEqual(['大学生村官', '学费补偿国家助学贷款代偿', '即时制卡']);
    expect(namesOf('依托“贵州省劳动力转移就业信息系统”摸清底数。', 'Program')).toEqual(['贵州省劳动力转移就业信息系统']);
  });
});

describe('names of the hundred-and-third round of written replies (test/fixtures/dev d317–d319)', () => {
  it('a place-led memorial hall or museum is an organisation', () => {
    expect(namesOf('支持遵义会议纪念馆、瑞金市博物馆开展讲解员培训。', 'Organization')).toEqual(['遵义会议纪念馆', '瑞金市博物馆']);
  });
});

describe('names of the hundred-and-fourth round of written replies (test/fixtures/dev d320–d322)', () => {
  it('a place’s labour-brand plan, quoted, is the labour-brand program', () => {
    expect(namesOf('将“贞丰糯食”纳入“黔西南州劳务品牌培育计划”。', 'Program')).toEqual(['贞丰糯食', '劳务品牌']);
  });
});

describe('names of the hundred-and-seventh round of written replies (test/fixtures/dev d327–d329)', () => {
  it('a place’s branch written right after a college’s name is part of its name', () => {
    expect(namesOf('依托宁夏职业技术学院固原分院开展培训。', 'College')).toEqual(['宁夏职业技术学院固原分院']);
  });
});

describe('names of the hundred-and-tenth round of written replies (test/fixtures/dev d336–d338)', () => {
  it('a public employment and talent service centre is named whole, its 和 inside the name', () => {
    expect(namesOf('依托黄山市公共就业和人才服务中心开展就业援助。', 'Organization')).toEqual(['黄山市公共就业和人才服务中心']);
  });
});

describe('names of the hundred-and-eleventh round of written replies (test/fixtures/dev d339–d341)', () => {
  it('a cooperative is a body only when a place leads its name', () => {
    expect(namesOf('扶持茶农创办茶叶专业合作社、家庭农场。', 'Organization')).toEqual([]);
    expect(namesOf('支持荥经县砂器专业合作社开展培训。', 'Organization')).toEqual(['荥经县砂器专业合作社']);
  });

  it('a quoted website is no program, even listed before 等平台; a quoted app beside it is', () => {
    const names = namesOf('通过“北疆就业网”、“北疆工惠”等平台发布岗位信息。', 'Program');
    expect(names).toContain('北疆工惠');
    expect(names).not.toContain('北疆就业网');
  });

  it('a cited title ending in its version (《吉林省人才政策3.0版》) is a document', () => {
    expect(namesOf('认真落实《吉林省人才政策3.0版》和《通化市人才振兴行动计划》。', 'Policy')).toEqual(['吉林省人才政策3.0版', '通化市人才振兴行动计划']);
  });
});

describe('names of the hundred-and-twelfth round of written replies (test/fixtures/dev d342–d344)', () => {
  it('a model gig market chosen with a cue is the program, no honour; a model park stays one', () => {
    expect(namesOf('邵阳市零工市场被评为“全省示范零工市场”。', 'Award')).toEqual([]);
    expect(namesOf('邵阳市零工市场被评为“全省示范零工市场”。', 'Program')).toEqual(['零工市场']);
    expect(namesOf('2家园区被评为“全省和谐劳动关系示范园区”。', 'Award')).toEqual(['全省和谐劳动关系示范园区']);
  });

  it('a quoted honour listed beside a known program is left to the award recogniser', () => {
    const text = '推荐企业技术骨干申报“云岭首席技师”“兴滇英才支持计划”首席技师专项。';
    expect(namesOf(text, 'Program')).toEqual(['兴滇英才支持计划']);
    expect(namesOf(text, 'Award')).toEqual(['云岭首席技师']);
  });

  it('a quoted name ending in 在线 is a platform; “线上+线下” is a way of serving, no model', () => {
    expect(namesOf('提供“线上+线下”求职招聘服务，落实“湘技在线”线上培训。', 'Program')).toEqual(['湘技在线']);
  });

  it('the training subsidy of a firm’s workers is the general one, no named scheme', () => {
    expect(namesOf('落实企业职工培训补贴，落实一次性吸纳就业补贴。', 'Program')).not.toContain('企业职工培训补贴');
  });

  it('services handled across provinces are a scheme, quoted or not, whatever follows', () => {
    expect(namesOf('养老保险关系转移接续“川渝通办”事项42项，推进跨省通办。', 'Program')).toEqual(expect.arrayContaining(['川渝通办', '跨省通办']));
  });
});

describe('names of the hundred-and-fourteenth round of written replies (test/fixtures/dev d348–d350)', () => {
  it('a quote right after a place at the head of a cited title names the title’s scheme', () => {
    expect(namesOf('出台《赣州市“苏区英才”人才引进若干措施》，吸引人才。', 'Program')).toEqual(['苏区英才']);
    // (one the reply writes elsewhere as the head of a longer program names that one)
    const names = namesOf('落实《海南省“候鸟”人才工作站管理办法》，建立“候鸟”人才工作站12个。', 'Program');
    expect(names).toContain('候鸟人才工作站');
    expect(names).not.toContain('候鸟');
  });

  it('two campaigns run as one (“春风行动暨就业援助月”) are both named', () => {
    expect(namesOf('开展“春风行动暨就业援助月”活动。', 'Program').sort()).toEqual(['就业援助月', '春风行动']);
  });

  it('a quote before 校园招聘 or 对接活动 names a campaign', () => {
    expect(namesOf('组织企业参加“才聚荆楚”校园招聘、“百企进百校”对接活动。', 'Program').sort()).toEqual(['才聚荆楚', '百企进百校'].sort());
  });
});

describe('names of the hundred-and-sixteenth round of written replies (test/fixtures/dev d354–d356)', () => {
  it('a skills invitational of two places joined by a middle dot is a competition', () => {
    expect(namesOf('举办四平·铁岭换热器焊工技能邀请赛，推荐选手参赛。', 'Competition')).toEqual(['四平·铁岭换热器焊工技能邀请赛']);
    expect(namesOf('举办鞍山市焊工职业技能邀请赛。', 'Competition')).toEqual(['鞍山市焊工职业技能邀请赛']);
  });
});

describe('names of the hundred-and-seventeenth round of written replies (test/fixtures/dev d357–d359)', () => {
  it('将 inside 将军 holds a company’s name together', () => {
    expect(namesOf('与新疆阿勒泰将军山滑雪场有限公司对接岗位。', 'Company')).toEqual(['新疆阿勒泰将军山滑雪场有限公司']);
  });

  it('纳入 ends the text before a program written with its quotes', () => {
    expect(namesOf('将唐卡绘制培训纳入“技能青海”行动和“青海拉面”等劳务品牌培育计划统筹推进。', 'Program')).toContain('技能青海');
    expect(namesOf('将唐卡绘制培训纳入“技能青海”行动和“青海拉面”等劳务品牌培育计划统筹推进。', 'Program').some((n) => n.includes('纳入'))).toBe(false);
  });
});
