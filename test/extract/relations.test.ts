import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/extract/entities/index.js';
import { extractRelations } from '../../src/extract/relations/index.js';
import { resolveReply } from '../../src/resolve/index.js';
import type { Mention, Relation } from '../../src/extract/types.js';
import { contextOf, mention, seed } from './helpers.js';

const pairs = (rs: Relation[]) => rs.map((r) => `${r.type} ${r.from.type}:${r.from.name} -> ${r.to.type}:${r.to.name}`);

describe('PARTNERS_WITH', () => {
  it('002 Puyang: 8 companies … 与濮阳职业技术学院、濮阳技师学院合作 pairs every college with every company of the sentence', () => {
    const text = seed('002');
    const ctx = contextOf(text, { city: '濮阳市' });
    const companies = ['中原石化实业', '联众兴业化工', '河南雷佰瑞', '沃森超高化工'];
    const mentions: Mention[] = [
      ...companies.map((c) => mention(text, 'Company', c)),
      // the sentence names 濮阳职业技术学院 a second time after the first (in 一是 of 三、)
      mention(text, 'College', '濮阳职业技术学院', '濮阳职业技术学院', 1),
      mention(text, 'College', '濮阳技师学院', '濮阳技师学院', 1),
      // 天能集团 is named in a sentence about visits, with no college: no partnership
      mention(text, 'Company', '天能集团'),
      mention(text, 'College', '濮阳职业技术学院'),
    ];
    const rs = extractRelations(ctx, mentions).filter((r) => r.type === 'PARTNERS_WITH');
    expect(rs).toHaveLength(8);
    expect(pairs(rs)).toContain('PARTNERS_WITH College:濮阳技师学院 -> Company:沃森超高化工');
    expect(pairs(rs).some((p) => p.includes('天能集团'))).toBe(false);
    const ev = text.slice(rs[0]!.evidence.start, rs[0]!.evidence.end);
    expect(ev).toContain('等8家企业与濮阳职业技术学院、濮阳技师学院合作');
  });

  it('needs a cooperation cue: a college and a company in one sentence without one are not partners', () => {
    const text = '衢州技师学院组织学生参观巨化集团。衢州技师学院与巨化集团共建冠名班。';
    const ctx = contextOf(text);
    const ms = [
      mention(text, 'College', '衢州技师学院'),
      mention(text, 'Company', '巨化集团'),
      mention(text, 'College', '衢州技师学院', '衢州技师学院', 1),
      mention(text, 'Company', '巨化集团', '巨化集团', 1),
    ];
    const rs = extractRelations(ctx, ms);
    expect(pairs(rs)).toEqual(['PARTNERS_WITH College:衢州技师学院 -> Company:巨化集团']);
    expect(rs[0]!.evidence.start).toBe(text.indexOf('衢州技师学院与'));
  });
});

describe('HOSTS', () => {
  it('002 Puyang: 高标准承办河南省第二届职业技能大赛 and 成功举办濮阳市第二届绿色化工技能人才竞赛 are hosted by the reply city; 备战 is not hosting', () => {
    const text = seed('002');
    const ctx = contextOf(text, { city: '濮阳市', province: '河南省' });
    const ms = [
      mention(text, 'Competition', '河南省第二届职业技能大赛'),
      mention(text, 'Competition', '河南省第二届职业技能大赛', '河南省第二届职业技能大赛', 1),
      mention(text, 'Competition', '濮阳市第二届绿色化工技能人才竞赛'),
      mention(text, 'Competition', '河南省第三届职业技能大赛'),
    ];
    expect(pairs(extractRelations(ctx, ms))).toEqual([
      'HOSTS City:濮阳市 -> Competition:河南省第二届职业技能大赛',
      'HOSTS City:濮阳市 -> Competition:濮阳市第二届绿色化工技能人才竞赛',
    ]);
  });

  it('003 Sanmenxia: competitions the city only took part in are not hosted', () => {
    const text = seed('003');
    const ctx = contextOf(text, { city: '三门峡市' });
    const ms = [mention(text, 'Competition', '河南省第一届职业技能大赛'), mention(text, 'Competition', '河南省第二届职业技能大赛')];
    expect(extractRelations(ctx, ms)).toEqual([]);
  });

  it('a place named before the cue hosts (浙江省在衢州市举办 → 衢州市; 省人社厅…) ; a county reply hosts its own 大赛', () => {
    const text = '今年浙江省人社厅在衢州市举办第二届浙江技能大赛。我县联合县总工会举办于都县第三届职业技能竞赛，并积极组织参加江西省第二届职业技能大赛。';
    const ctx = contextOf(text, { county: '于都县', city: '赣州市', province: '江西省' });
    const ms = [
      mention(text, 'Province', '浙江省'),
      mention(text, 'City', '衢州市'),
      mention(text, 'Competition', '第二届浙江技能大赛', '浙江省第二届浙江技能大赛'),
      mention(text, 'Competition', '于都县第三届职业技能竞赛'),
      mention(text, 'Competition', '江西省第二届职业技能大赛'),
    ];
    expect(pairs(extractRelations(ctx, ms))).toEqual([
      'HOSTS City:衢州市 -> Competition:浙江省第二届浙江技能大赛',
      'HOSTS County:于都县 -> Competition:于都县第三届职业技能竞赛',
    ]);
  });
});

describe('relations through the recognisers and resolve/', () => {
  it('HOSTS ends take the resolved names: 我市承办省第三届职业技能大赛 in a Hebei city reply → 河北省第三届职业技能大赛', () => {
    const text = '一、技能竞赛\n我市成功承办省第三届职业技能大赛，并组织选手参加全国第二届职业技能大赛。';
    const fields = { city: '邯郸市', province: '河北省' };
    const ctx = contextOf(text, fields);
    const mentions = recognizeEntities(ctx);
    const relations = extractRelations(ctx, mentions);
    const x = resolveReply(
      { id: 't', file: 't.txt', length: text.length, text, fields: ctx.fields, salutation: null, sentences: ctx.sentences, measures: ctx.measures, mentions, metrics: [], relations },
      ctx.lexicons,
    );
    expect(pairs(x.relations.filter((r) => r.type === 'HOSTS'))).toEqual(['HOSTS City:邯郸市 -> Competition:河北省第三届职业技能大赛']);
  });
});

