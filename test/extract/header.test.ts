import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GULOU, LVLIANG } from '../fixtures/replies/body-proposals.js';
import { readGoldDir } from '../../src/eval/index.js';
import { extractHeader, parseDate } from '../../src/extract/header/index.js';
import { numberOf } from '../../src/extract/header/proposal.js';
import { splitSentences } from '../../src/extract/sentences/index.js';
import { REPLY_FIELDS, type ReplyFields } from '../../src/ontology/index.js';

function header(text: string, id = 'test'): ReplyFields {
  return extractHeader({ id, file: `${id}.txt`, text } as Parameters<typeof extractHeader>[0], text, splitSentences(text));
}

describe('extractHeader on the seeds', () => {
  const gold = readGoldDir('test/fixtures/gold');
  for (const g of gold) {
    it(`${g.doc}: every field of the gold reply block`, () => {
      const text = readFileSync(join('seeds', `${g.doc}.txt`), 'utf8');
      const f = header(text, g.doc);
      for (const k of REPLY_FIELDS) if (k in g.reply) expect([k, f[k]]).toEqual([k, g.reply[k]]);
    });
  }
});

describe('extractHeader on other shapes of replies', () => {
  it('a county-level city bureau: county, its city and province; Chinese-numeral date; two proposers', () => {
    const f = header(`义乌市人力资源和社会保障局

义人社函〔2024〕18号

关于市十七届人大四次会议第112号建议的答复

楼晓红、金伟代表：

你们提出的《关于完善灵活就业人员社会保险参保政策的建议》收悉。现答复如下：

一、基本情况
近年来，我市会同市医保局、市税务局推进灵活就业人员参保。

义乌市人力资源和社会保障局
二〇二四年五月八日

联系人：吴敏，联系电话：0579-85551234
`);
    expect(f).toEqual({
      city: '金华市', province: '浙江省', county: '义乌市', agency: '义乌市人力资源和社会保障局', docNumber: '义人社函〔2024〕18号',
      date: '2024-05-08', proposalKind: '建议', proposalNumber: '112', session: '市十七届人大四次会议', proposers: ['楼晓红', '金伟'],
      title: '关于完善灵活就业人员社会保险参保政策的建议', grade: null, signer: null, contacts: ['吴敏'],
    });
  });

  it('an autonomous prefecture with no document number: doc number null, the prefecture as city', () => {
    const f = header(`恩施土家族苗族自治州人力资源和社会保障局

关于州政协十二届二次会议第36号提案的答复

谭红霞委员：

您提出的“关于进一步做好高校毕业生就业工作的提案”收悉，现答复如下：

州人社局联合州教育局开展招聘活动。

恩施土家族苗族自治州人力资源和社会保障局
2023年7月20日
`);
    expect(f.city).toBe('恩施土家族苗族自治州');
    expect(f.province).toBe('湖北省');
    expect(f.county).toBeNull();
    expect(f.docNumber).toBeNull();
    expect(f.session).toBe('州政协十二届二次会议');
    expect(f.proposalKind).toBe('提案');
    expect(f.proposalNumber).toBe('36');
    expect(f.date).toBe('2023-07-20');
    expect(f.contacts).toBeNull();
  });

  it('a web page with only the 成文日期 of its metadata and an unquoted title', () => {
    const f = header(`索引号：11341000MB1234567X/2024-00052 成文日期：2024-06-12
发布机构：黄山市人力资源和社会保障局

黄人社秘〔2024〕41号

关于对市政协九届三次会议第0027号提案的答复

方志远委员：

您提出的关于加快乡村工匠培育的提案收悉，现答复如下：

市人社局会同市农业农村局开展乡村工匠培育。
`);
    expect(f.date).toBe('2024-06-12');
    expect(f.agency).toBe('黄山市人力资源和社会保障局');
    expect(f.city).toBe('黄山市');
    expect(f.province).toBe('安徽省');
    expect(f.docNumber).toBe('黄人社秘〔2024〕41号');
    expect(f.proposalNumber).toBe('0027');
    expect(f.title).toBe('关于加快乡村工匠培育的提案');
  });

  it('签发人 and 办理结果 in table cells; the bureau at the head of the title line', () => {
    const f = header(`| 发文字号 | 遵人社提〔2023〕9号 |
| 签发人：周永平 | 办理结果：B |

遵义市人力资源和社会保障局关于市政协五届二次会议第201号提案的答复

王建军委员：

您提出的“关于推动技工院校高质量发展的提案”收悉，现答复如下：

我局认真落实省人社厅部署。

遵义市人力资源和社会保障局
2023年8月2日
`);
    expect(f.signer).toBe('周永平');
    expect(f.grade).toBe('B');
    expect(f.docNumber).toBe('遵人社提〔2023〕9号');
    expect(f.agency).toBe('遵义市人力资源和社会保障局');
    expect(f.session).toBe('市政协五届二次会议');
    expect(f.contacts).toBeNull();
  });

  it('a district of a municipality: county qualified by the municipality, no city', () => {
    const f = header(`北京市朝阳区人力资源和社会保障局
关于区十七届人大三次会议第0158号建议的答复

尊敬的刘宁代表：

您提出的“关于加强新业态从业人员职业伤害保障的建议”收悉，现答复如下：

区人社局会同区总工会推进职业伤害保障试点。

北京市朝阳区人力资源和社会保障局
2024年6月3日
（联系人：赵敏；电话：65090000）
`);
    expect(f).toMatchObject({ province: '北京市', city: null, county: '朝阳区', agency: '北京市朝阳区人力资源和社会保障局', contacts: ['赵敏'], proposers: ['刘宁'] });
  });

  it('the issuing bureau from the document number when the header names none', () => {
    const f = header(`泉人社函〔2024〕7号　　签发人：黄志明

对市政协十三届三次会议第66号提案的答复

林秀英委员：

您提出的“关于支持泉州民营企业技能人才培养的提案”收悉，现答复如下：
泉州市各级人社部门持续推进技能人才培养。

2024年4月30日
`);
    expect(f.agency).toBe('泉州市人力资源和社会保障局');
    expect(f.city).toBe('泉州市');
    expect(f.province).toBe('福建省');
    expect(f.signer).toBe('黄志明');
  });

  it('states nothing it does not find: no header at all gives every field null', () => {
    const f = header('近年来，各地持续推进职业技能培训。\n\n一、主要做法\n开展培训。');
    for (const k of REPLY_FIELDS) expect([k, f[k]]).toEqual([k, null]);
  });
});

describe('parseDate', () => {
  it('reads Arabic, Chinese-numeral and ISO dates and rejects impossible ones', () => {
    expect(parseDate('2023年6月5日')).toBe('2023-06-05');
    expect(parseDate('二〇二三年十二月二十一日')).toBe('2023-12-21');
    expect(parseDate('二○二四年十月十日')).toBe('2024-10-10');
    expect(parseDate('2023-08-10')).toBe('2023-08-10');
    expect(parseDate('2023年13月5日')).toBeNull();
  });
});

describe('extractHeader: layouts that break lines and quotes', () => {
  it('joins a reference split over two lines, keeps nested quotes of a title, reads a spaced contact name', () => {
    const f = header(`宜宾市人力资源和社会保障局
关于政协宜宾市第六届委员会
第三次会议第0412号提案的答复

尊敬的何静委员：

您提出的“关于推进“天府技能”品牌建设的提案”收悉，现答复如下：

一、我市持续推进技能培训。

宜宾市人力资源和社会保障局
2024年7月9日
联系人：王 伟    联系电话：0831-1234567
`);
    expect(f.session).toBe('政协宜宾市第六届委员会第三次会议');
    expect(f.proposalNumber).toBe('0412');
    expect(f.proposalKind).toBe('提案');
    expect(f.title).toBe('关于推进“天府技能”品牌建设的提案');
    expect(f.contacts).toEqual(['王伟']);
    expect(f.proposers).toEqual(['何静']);
  });

  it('a salutation to a group is no proposer; with no number the kind comes from the title', () => {
    const f = header(`达州市人力资源和社会保障局

关于对部分代表所提建议的答复

各位代表：

你们提出的“关于加大农民工欠薪治理力度的建议”收悉，现答复如下：

一、开展根治欠薪专项行动。
`);
    expect(f.proposers).toBeNull();
    expect(f.proposalNumber).toBeNull();
    expect(f.session).toBeNull();
    expect(f.proposalKind).toBe('建议');
    expect(f.city).toBe('达州市');
    expect(f.province).toBe('四川省');
  });
});

describe('extractHeader: other wordings', () => {
  it('the number after the kind (代表建议第123号), the bureau and its date on one line, 答复类别', () => {
    const f = header(`湘潭市人力资源和社会保障局

答复类别：A

对市十六届人大三次会议代表建议第123号的答复

刘芳代表：

您提出的《关于扩大技能培训补贴范围的建议》收悉，现答复如下：

一、扩大补贴范围。

湘潭市人力资源和社会保障局　2024年5月6日
`);
    expect(f.session).toBe('市十六届人大三次会议');
    expect(f.proposalNumber).toBe('123');
    expect(f.proposalKind).toBe('建议');
    expect(f.date).toBe('2024-05-06');
    expect(f.grade).toBe('A');
  });

  it('a grade on a line of its own in brackets: （A类）', () => {
    const f = header(`索引号：000014349/2024-00321 发布机构：南宁市人力资源和社会保障局 发布日期：2024-07-03
对南宁市第十五届人民代表大会第四次会议第167号建议的答复
（B类）

黄丽娟代表：

您提出的建议收悉，现答复如下：

一、加强创业扶持。
`);
    expect(f.grade).toBe('B');
    expect(f.proposers).toEqual(['黄丽娟']);
  });

  it('an unquoted title with a quote inside is the whole title, not the quote', () => {
    const f = header(`襄阳市人力资源和社会保障局
关于市人大十八届四次会议第20240145号建议办理情况的答复
谭明、黄小燕等3位代表：
你们提出的关于打造“襄阳工匠”品牌推进制造业人才队伍建设的建议收悉。现答复如下：
（一）关于技能人才培养。
`);
    expect(f.title).toBe('关于打造“襄阳工匠”品牌推进制造业人才队伍建设的建议');
    expect(f.proposers).toEqual(['谭明', '黄小燕']);
  });

  it('等5名代表 after the first proposer', () => {
    const f = header(`孝感市人力资源和社会保障局
对市九届人大三次会议第0056号建议的答复

王红梅等5名代表：
　　你们提出的《关于加强零工市场建设的建议》（第0056号）收悉，现答复如下：
`);
    expect(f.proposers).toEqual(['王红梅']);
    expect(f.proposalNumber).toBe('0056');
  });

  it('a quoted title with no lead word before it: 《关于…的建议》收悉', () => {
    const f = header(`中山市人力资源和社会保障局关于中山市第十六届人民代表大会第四次会议第20240078号代表建议答复的函

中人社函〔2024〕312号

冯志强代表：

　　《关于加快发展家政服务业的建议》收悉。我局高度重视，现答复如下：
`);
    expect(f.title).toBe('关于加快发展家政服务业的建议');
    expect(f.session).toBe('中山市第十六届人民代表大会第四次会议');
  });

  it('a salutation to a body and a person names the person; a 局长： line names the signer', () => {
    const f = header(LVLIANG);
    expect(f.proposers).toEqual(['张晓东']);
    expect(f.signer).toBe('任建军');
    expect(f.proposalNumber).toBe('185');
  });

  it('an unquoted title followed by its number in brackets: 关于…的建议（第1234号）收悉', () => {
    const f = header(`市十四届人大一次会议第1234号代表建议答复

张红、王立平等代表：
　　您们提出的关于加大退役军人就业扶持力度的建议（第1234号）收悉，经认真研究，答复如下：
　　一、我市开展退役军人专场招聘会。
`);
    expect(f.title).toBe('关于加大退役军人就业扶持力度的建议');
    expect(f.proposers).toEqual(['张红', '王立平']);
  });

  it('a proposal number in Chinese numerals: 第二〇二四〇一二三号, 第一百二十三号', () => {
    const f = header(`对市政协十一届二次会议第二〇二四〇一二三号提案的答复

白山市人力资源和社会保障局

尊敬的孙立民委员：

您提出的“关于促进人参产业人才发展的提案”已收悉。现答复如下：
`);
    expect(f.proposalNumber).toBe('20240123');
    expect(f.session).toBe('市政协十一届二次会议');
    expect(numberOf('一百二十三')).toBe('123');
    expect(numberOf('十五')).toBe('15');
    expect(numberOf('０５６')).toBe('056');
  });

  it('a district name several cities share is placed by the city the reply names; unplaced when it names none', () => {
    const body = (city: string) => `鼓楼区人力资源和社会保障局
关于区十八届人大三次会议第12号建议的答复

林晓峰代表：
　　您提出的《关于支持社区就业服务站建设的建议》收悉。现答复如下：
　　我区按照${city}“15分钟就业服务圈”建设要求，建成就业服务站10个。
鼓楼区人力资源和社会保障局
2024年5月10日
`;
    const f = header(body('福州市'));
    expect([f.city, f.county]).toEqual(['福州市', '鼓楼区']);
    expect(header(body('南京市')).city).toBe('南京市');
    expect([header(body('全市')).city, header(body('全市')).county]).toEqual([null, null]);
  });

  it('a grade set apart by spaces on the doc-number line: 潍人社字〔2024〕30号　　A类', () => {
    const f = header(`潍坊市人力资源和社会保障局
对市十八届人大二次会议第093号建议的答复

潍人社字〔2024〕30号　　　　　　　　　　A类

王海燕代表：
　　您提出的《关于加强高层次人才引进和服务保障的建议》收悉。现答复如下：
`);
    expect(f.grade).toBe('A');
    expect(f.docNumber).toBe('潍人社字〔2024〕30号');
  });

  it('a salutation the body follows on the same line names the proposer; the title is read from that line', () => {
    const f = header(`鄂尔多斯市人力资源和社会保障局关于市十届人大三次会议第88号建议的答复
其其格代表：您提出的《关于加强农牧民职业技能培训促进转移就业的建议》收悉，现答复如下：近年来，我局深入实施“技能内蒙古”行动。
感谢您对人社工作的关心和支持。
`);
    expect(f.proposers).toEqual(['其其格']);
    expect(f.title).toBe('关于加强农牧民职业技能培训促进转移就业的建议');
  });

  it('a transliterated name with a middle dot is one contact', () => {
    const f = header(`昌吉回族自治州人力资源和社会保障局
关于州十五届人大三次会议第12号建议的答复

马丽代表：

您提出的建议收悉，现答复如下：一、提高待遇。

昌吉回族自治州人力资源和社会保障局
2024年6月1日
联系单位：养老保险科   联系人：古丽娜尔·艾买提   联系电话：0994-2340000
`);
    expect(f.contacts).toEqual(['古丽娜尔·艾买提']);
  });

  it('a provincial department: province set, city and county null', () => {
    const f = header(`河南省人力资源和社会保障厅

豫人社提〔2024〕15号

关于省政协十三届二次会议第1120号提案的答复

赵敏委员：

您提出的“关于完善技能人才评价体系的提案”收悉，现答复如下：
`);
    expect(f).toMatchObject({ province: '河南省', city: null, county: null, agency: '河南省人力资源和社会保障厅', docNumber: '豫人社提〔2024〕15号', session: '省政协十三届二次会议' });
  });
});

describe('extractHeader: a web page around the reply', () => {
  it('skips navigation lines, reads the bureau from 信息来源, a salutation with a party in brackets', () => {
    const nav = Array.from({ length: 30 }, (_, i) => `栏目${i + 1}`).join('\n');
    const f = header(`首页 > 政务公开 > 建议提案办理
${nav}
信息来源：株洲市人力资源和社会保障局　发布时间：2024-07-01
关于市政协十一届三次会议第56号提案的答复
尊敬的李明委员（民盟）：
您提出的“关于加强技工院校师资建设的提案”收悉，现答复如下：
一、加强师资培训。
2024年6月25日
`);
    expect(f.agency).toBe('株洲市人力资源和社会保障局');
    expect(f.city).toBe('株洲市');
    expect(f.proposers).toEqual(['李明']);
    expect(f.proposalNumber).toBe('56');
    expect(f.date).toBe('2024-06-25');
  });
});

describe('extractHeader: a proposal of a body, not of people', () => {
  const text = GULOU;

  it('the salutation to a committee ends the header: no doc number from the body, the date is read', () => {
    const f = header(text);
    expect(f.docNumber).toBeNull();
    expect(f.date).toBe('2024-05-28');
    expect(f.proposalNumber).toBe('31');
    expect(f.title).toBe('关于加强退役军人就业创业服务的提案');
    expect(f.proposers).toBeNull();
  });

  it('without any salutation the header ends at the acknowledgement line', () => {
    const f = header(text.replace('九三学社鼓楼区委员会：\n', ''));
    expect(f.docNumber).toBeNull();
    expect(f.date).toBe('2024-05-28');
  });
});

describe('proposers named in the body', () => {
  it('where the salutation names no person, the first body lines may (您转来的王芳、李强代表领衔提出的); a body of people is no name', () => {
    const named = header('关于市人大第8号建议的答复\n\n市政府办公室：\n\n您转来的王芳、李强代表领衔提出的《关于加强就业服务的建议》收悉，现答复如下：\n一、开展招聘。');
    expect(named.proposers).toEqual(['王芳', '李强']);
    const none = header('关于市人大第9号建议的答复\n\n市政府办公室：\n\n市人大代表提出的《关于加强就业服务的建议》收悉，经研究，我们认为代表提出的问题确实存在。\n一、开展招聘。');
    expect(none.proposers).toBeNull();
  });
});

describe('proposal numbers with a year or a letter', () => {
  it('第2024-087号 and 第A087号 are the proposal’s number, with the session before them', () => {
    const a = header('南宁市人力资源和社会保障局关于市十五届人大四次会议第2024-087号建议的答复\n\n黄丽娟代表：\n\n您提出的建议收悉。');
    expect([a.proposalNumber, a.session, a.proposalKind]).toEqual(['2024-087', '市十五届人大四次会议', '建议']);
    const b = header('关于市政协十届二次会议第A087号提案的答复\n\n李明委员：\n\n您提出的提案收悉。');
    expect([b.proposalNumber, b.session]).toEqual(['A087', '市政协十届二次会议']);
  });
});

describe('a salutation opened by 致', () => {
  it('致 刘建军委员： names 刘建军', () => {
    const f = header('关于对市政协十四届三次会议第0198号提案的复函\n\n致 刘建军委员：\n\n您提出的提案收悉，现答复如下：\n一是打造劳务品牌。');
    expect(f.proposers).toEqual(['刘建军']);
  });
});

describe('signer lines', () => {
  it('领导署名：林志强 names the signer, as 签发人 does', () => {
    const f = header('关于市人大第145号建议的答复\n\n王海燕代表：\n\n您提出的建议收悉，现答复如下：\n一、建设零工市场。\n\n领导署名：林志强\n联系人：周晓，电话：0577-65812345\n\n瑞安市人力资源和社会保障局\n2024年5月30日');
    expect([f.signer, f.contacts]).toEqual(['林志强', ['周晓']]);
  });
});


describe('header fields of this session’s fifth round of written replies (test/fixtures/dev d20–d25)', () => {
  it('办理类别：A类 is the grade; a Mongolian name of five characters is a contact, a unit of five is not', () => {
    const f = header(`赤峰市人力资源和社会保障局

办理类别：B类

赤人社提〔2024〕5号

关于市政协九届三次会议第31号提案的答复

王海委员：

您提出的《关于做好牧区就业服务的提案》收悉，现答复如下：

一、开展牧民技能培训。

赤峰市人力资源和社会保障局
2024年6月3日
联系人：其木格其其格　联系电话：0476-8000000
`);
    expect(f.grade).toBe('B');
    expect(f.contacts).toEqual(['其木格其其格']);
    const unit = header(`赤峰市人力资源和社会保障局\n\n关于市政协九届三次会议第31号提案的答复\n\n王海委员：\n\n您提出的《关于做好牧区就业服务的提案》收悉。\n\n联系人：市就业服务局　电话：0476-8000000\n`);
    expect(unit.contacts).toBeNull();
  });
});

describe('a reply to proposals answered together (test/fixtures/dev d46)', () => {
  it('第45号、第78号建议 and 第590、612号提案: the first number, the session and the kind are read', () => {
    const f = header('珠海市人力资源和社会保障局\n关于市十届人大四次会议第45号、第78号建议的答复\n\n吴志明代表、梁美华代表：\n\n你们分别提出的《关于加强就业服务的建议》收悉，现合并答复如下：\n');
    expect([f.proposalNumber, f.session, f.proposalKind]).toEqual(['45', '市十届人大四次会议', '建议']);
    const g = header('江门市人力资源和社会保障局\n关于政协江门市第十三届委员会第三次会议第590、612号提案的答复\n\n李华委员：\n\n您提出的《关于就业的提案》收悉。\n');
    expect([g.proposalNumber, g.session, g.proposalKind]).toEqual(['590', '政协江门市第十三届委员会第三次会议', '提案']);
  });
});

describe('the fourteenth round of written replies (test/fixtures/dev d53–d55)', () => {
  it('a signer followed on its line by 公开属性 is the name alone', () => {
    const f = header('德清县人力资源和社会保障局\n关于县政协十一届三次会议第12号提案的答复\n\n德人社提〔2024〕3号    签发人：王建华    公开属性：主动公开\n\n李华委员：\n\n您提出的《关于就业的提案》收悉，现答复如下：\n');
    expect(f.signer).toBe('王建华');
  });
});

describe('the sixteenth round of written replies (test/fixtures/dev d59–d61)', () => {
  it('a name holding 和 is one proposer (巴图孟和委员), while 张三和李四 are two', () => {
    const head = (s: string) => header(`锡林郭勒盟人力资源和社会保障局\n关于盟政协十一届三次会议第12号提案的答复\n\n${s}\n\n您提出的《关于就业的提案》收悉，现答复如下：\n`);
    expect(head('巴图孟和委员：').proposers).toEqual(['巴图孟和']);
    expect(head('王建和李红委员：').proposers).toEqual(['王建', '李红']);
  });
});

describe('the eighteenth round of written replies (test/fixtures/dev d65–d67)', () => {
  it('a grade in brackets closing the title line is read (…的办理答复（A类）); an item number in brackets is not a grade', () => {
    const f = header('府谷县人力资源和社会保障局关于县十九届人大三次会议第12号建议的办理答复（B类）\n\n李华代表：\n\n您提出的《关于就业的建议》收悉，现答复如下：\n');
    expect(f.grade).toBe('B');
    const g = header('府谷县人力资源和社会保障局关于县十九届人大三次会议第12号建议的答复\n\n李华代表：\n\n您提出的《关于就业的建议》收悉，现答复如下：\n\n（A）开展培训。\n');
    expect(g.grade).toBeNull();
  });
});

describe('the nineteenth round of written replies (test/fixtures/dev d68–d70)', () => {
  it('a form-style header names the title after a label (提案题目：), the body only 您提出的提案', () => {
    const f = header('十堰市人力资源和社会保障局\n对市政协十三届三次会议第0088号提案的答复\n\n提案人：王华\n提案题目：关于加强汽车维修技能人才培养的提案\n办理结果：A\n\n王华委员：\n\n您提出的提案收悉。现答复如下：\n');
    expect([f.title, f.grade, f.proposers]).toEqual(['关于加强汽车维修技能人才培养的提案', 'A', ['王华']]);
  });
});

describe('the twenty-sixth round of written replies (test/fixtures/dev d87–d89)', () => {
  it('two contacts set apart by a space are two names; a name spaced out character by character is one', () => {
    const f = header('宁波市镇海区人力资源和社会保障局\n关于区十九届人大三次会议第12号建议的答复\n\n李华代表：\n\n您提出的《关于就业的建议》收悉，现答复如下：\n\n一、开展培训。\n\n联系人：张晓梅　王建国\n联系电话：0574-86112345\n');
    expect(f.contacts).toEqual(['张晓梅', '王建国']);
    const g = header('宁波市镇海区人力资源和社会保障局\n关于区十九届人大三次会议第12号建议的答复\n\n李华代表：\n\n您提出的《关于就业的建议》收悉，现答复如下：\n\n一、开展培训。\n\n联系人：王 伟，电话：0574-86112345\n');
    expect(g.contacts).toEqual(['王伟']);
  });
  it('the session and number written only in the body (您在…会议上提出的第86号建议) are read', () => {
    const f = header('遵义市人力资源和社会保障局\n\n遵人社建复〔2024〕7号\n\n李华代表：\n\n您在市五届人大四次会议上提出的第23号建议《关于就业帮扶的建议》收悉。现答复如下：\n\n一、开展培训。\n');
    expect([f.session, f.proposalNumber, f.proposalKind]).toEqual(['市五届人大四次会议', '23', '建议']);
  });
});

describe('the twenty-eighth round of written replies (test/fixtures/dev d93–d95)', () => {
  it('the imprint date after the issuing office on its line (…局办公室　2024年7月1日印发) is the reply’s date', () => {
    const f = header('湛江市人力资源和社会保障局\n关于市政协十三届三次会议第12号提案的答复\n\n李华委员：\n\n您提出的《关于劳动关系的提案》收悉，现答复如下：\n\n一、开展培训。\n\n湛江市人力资源和社会保障局办公室　　2024年7月1日印发\n');
    expect(f.date).toBe('2024-07-01');
  });
});

describe('the forty-fifth round of written replies (test/fixtures/dev d143–d145)', () => {
  it('a document-number abbreviation several cities share (黄人社) is the city whose counties the text names', () => {
    const body = '\n\n对市十五届人大四次会议第215号建议的答复\n\n王建军代表：\n\n您提出的“关于工资支付的建议”收悉，现答复如下：\n\n';
    const f = header(`黄人社建〔2024〕18号${body}对大冶市、阳新县开展保障农民工工资支付工作考核。\n`);
    expect([f.city, f.province, f.agency]).toEqual(['黄石市', '湖北省', '黄石市人力资源和社会保障局']);
    // a county of 黄冈 instead
    expect(header(`黄人社建〔2024〕18号${body}对麻城市、红安县开展考核。\n`).city).toBe('黄冈市');
    // none named, but the province: the only 黄 city of 安徽
    expect(header(`黄人社建〔2024〕18号${body}落实安徽省有关政策。\n`).city).toBe('黄山市');
    // neither: no city is guessed
    expect(header(`黄人社建〔2024〕18号${body}开展考核。\n`).city).toBeNull();
  });
});

describe('the forty-eighth round of written replies (test/fixtures/dev d152–d154)', () => {
  it('a form-style header names the session after its label (会议名称：) when no reference line does', () => {
    const f = header('兰坪白族普米族自治县人力资源和社会保障局\n\n建议答复（B类）\n\n建议编号：第2024012号\n建议名称：关于深化沪滇劳务协作的建议\n领衔代表：和丽芬\n会议名称：县十八届人大三次会议\n\n和丽芬代表：\n\n您提出的建议收悉，现答复如下：\n\n一、强化协作。\n');
    expect([f.session, f.proposalNumber, f.proposalKind, f.title]).toEqual(['县十八届人大三次会议', '2024012', '建议', '关于深化沪滇劳务协作的建议']);
    // a reference line's session wins over a label
    const g = header('东营市人力资源和社会保障局\n\n关于市九届人大三次会议第085号建议的答复\n会议名称：市九届人大二次会议\n\n王海涛代表：\n\n您提出的建议收悉，现答复如下：\n\n一、培训。\n');
    expect(g.session).toBe('市九届人大三次会议');
  });
});

describe('the fifty-first round of written replies (test/fixtures/dev d161–d163)', () => {
  it('a date in brackets on its own line under the title is the reply’s date when no signature dates it', () => {
    const text = '乌鲁木齐市人力资源和社会保障局对市十六届人大三次会议第0042号建议的答复\n（2024年7月12日）\n\n刘春燕代表：\n\n你提出的《关于稳岗的建议》收悉。现答复如下：\n\n一、落实政策。\n\n乌鲁木齐市人力资源和社会保障局\n';
    expect(header(text).date).toBe('2024-07-12');
    // a signature date wins
    expect(header(`${text}2024年7月15日\n`).date).toBe('2024-07-15');
  });
});

describe('a signature dated in figures with dots (test/fixtures/dev d206)', () => {
  it('dates the reply; a dotted figure inside the text does not', () => {
    const f = header('许昌市人力资源和社会保障局\n\n关于市八届人大三次会议第0146号建议的答复\n\n朱丽娜代表：\n\n一、开展培训。2023.5 起培训1.6万人次。\n\n许昌市人力资源和社会保障局\n2024.6.18\n');
    expect(f.date).toBe('2024-06-18');
    expect(parseDate('2024．6．18')).toBe('2024-06-18');
    expect(header('漯河市人力资源和社会保障局\n\n一、版本2024.6.18发布。\n').date).toBeNull();
  });
});

describe('the seventy-third round of written replies (test/fixtures/dev d227–d229)', () => {
  it('a grade under its label stated at the end, above the signature, is the reply’s grade; a bare letter there is not', () => {
    const body = '萍乡市人力资源和社会保障局\n\n关于市九届人大三次会议第12号建议的答复\n\n刘洋代表：\n\n您提出的建议收悉，现答复如下：\n\n一、开展培训。\n\n';
    expect(header(`${body}    办理结果：B类\n\n萍乡市人力资源和社会保障局\n2024年6月3日\n`).grade).toBe('B');
    expect(header(`${body}    A\n\n萍乡市人力资源和社会保障局\n2024年6月3日\n`).grade).toBeNull();
  });
});

describe('the seventy-fourth round of written replies (test/fixtures/dev d230–d232)', () => {
  it('a document number with its kind after the year (…〔2024〕提17号, …〔2024〕建字第5号)', () => {
    const h = (no: string) => header(`南平市人力资源和社会保障局\n\n${no}\n\n关于市政协十一届三次会议第31号提案的答复\n\n王芳委员：\n\n您提出的提案收悉，现答复如下：\n\n一、开展培训。\n`).docNumber;
    expect(h('南人社〔2024〕提17号')).toBe('南人社〔2024〕提17号');
    expect(h('南人社〔2024〕建字第5号')).toBe('南人社〔2024〕建字第5号');
  });
});

describe('the ninety-second round of written replies (test/fixtures/dev d284–d286)', () => {
  it('a signer whose label shares its line with the grade, set apart by spaces, is named without the grade', () => {
    const h = header('广元市人力资源和社会保障局\n\n签发人：杜建国                              办理结果：A类\n\n广人社建〔2024〕8号\n\n对市八届人大四次会议第20号建议的答复\n\n王芳代表：\n\n您提出的建议收悉，现答复如下：\n\n一、开展培训。\n');
    expect(h.signer).toBe('杜建国');
    expect(h.grade).toBe('A');
  });
});

describe('the ninety-fifth round of written replies (test/fixtures/dev d293–d295)', () => {
  it('a grade and a signer in a table’s rows, label and value set apart by a tab, are read', () => {
    const h = header('德州市人力资源和社会保障局关于市十八届人大三次会议第9号建议的答复\n\n建议编号\t第9号\n签发人\t孙立军\n办理结果\tB\n\n王芳代表：\n\n您提出的建议收悉，现答复如下：\n\n一、开展培训。\n');
    expect(h.grade).toBe('B');
    expect(h.signer).toBe('孙立军');
  });
});
