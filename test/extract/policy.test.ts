import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/extract/entities/index.js';
import { ctxOf, namesOf, seed } from './helpers.js';

describe('policy recogniser', () => {
  it('keeps a title nested in a title and takes the document number as alias (seed 003)', () => {
    const ms = recognizeEntities(ctxOf(seed('003_cf776358110b3d8e'))).filter((m) => m.type === 'Policy');
    const names = ms.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['人力资源社会保障部办公厅关于印发〈技能人才薪酬分配指引〉的通知', '技能人才薪酬分配指引', '关于推进技工院校产教融合的通知', '企业工会工作条例']));
    expect(ms.find((m) => m.name === '关于推进技工院校产教融合的通知')?.aliases).toEqual(['三人社职建〔2020〕7号']);
    // the reply's own number on its header line is not a cited policy
    expect(names).not.toContain('三人社建提字〔2024〕11号');
  });

  it('skips the proposal title and books (seed 001)', () => {
    expect(namesOf(seed('001_c14fae95395a6d05'), 'Policy')).toEqual([]);
  });

  it('reads quoted titles after 印发 and angle-bracket nesting', () => {
    const text = '我局印发了“潍坊市工程建设领域农民工工资保证金管理实施细则”，转发《关于贯彻<保障农民工工资支付条例>的通知》（鲁人社字〔2020〕45号）。';
    const names = namesOf(text, 'Policy');
    expect(names.sort()).toEqual(['保障农民工工资支付条例', '关于贯彻<保障农民工工资支付条例>的通知', '潍坊市工程建设领域农民工工资保证金管理实施细则'].sort());
  });
});

describe('titles issued or numbered are documents whatever their last word', () => {
  it('出台《…新政十条》 and 《…》（…号） are policies; a proposal title is not', () => {
    const text = '出台《义乌市数字经济人才新政十条》，落实《关于支持退役军人就业创业的二十条》（浙退役军人发〔2023〕12号）。委员提出的《关于加快数字人才培养的提案》收悉，另参阅《劳动经济》杂志。';
    expect(namesOf(text, 'Policy').sort()).toEqual(['义乌市数字经济人才新政十条', '关于支持退役军人就业创业的二十条'].sort());
  });

  it('an unquoted 关于…的意见 after an issuing or citing verb is a document; a doc number called a document is cited', () => {
    expect(namesOf('根据人社部等四部门印发的关于健全完善新时代技能人才职业技能等级制度的意见，制定了实施细则。', 'Policy')).toEqual(['关于健全完善新时代技能人才职业技能等级制度的意见']);
    expect(namesOf('我们按照关于加强技能人才培养的通知要求开展工作，落实关于人才的意见和建议。', 'Policy')).toEqual(['关于加强技能人才培养的通知']);
    expect(namesOf('落实国办发〔2022〕13号文件要求，推进工作。', 'Policy')).toEqual(['国办发〔2022〕13号']);
  });

  it('a title in 《》 ending in 政策 is a document (《芜湖市产业人才集聚若干政策》)', () => {
    expect(namesOf('落实《芜湖市产业人才集聚若干政策》，对新引进的技师给予生活补贴。', 'Policy')).toEqual(['芜湖市产业人才集聚若干政策']);
  });

  it('a title in 《》 naming a package of articles by their count is a document (《黑龙江省人才振兴60条》)', () => {
    expect(namesOf('落实《黑龙江省人才振兴60条》，给予技能津贴。', 'Policy')).toEqual(['黑龙江省人才振兴60条']);
  });
});
