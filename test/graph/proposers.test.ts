import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/extract/header/index.js';
import { splitSentences } from '../../src/extract/sentences/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { GULOU, LVLIANG } from '../fixtures/replies/body-proposals.js';
import { graphOf } from './graph-of.js';

// Replies to CPPCC proposals that a body made (test/fixtures/replies); each expectation was read off the text.

const CHUXIONG = `楚雄彝族自治州人力资源和社会保障局
关于州政协十一届三次会议第85号提案办理情况的答复

楚人社复〔2023〕19号

民盟楚雄州委：

你们在州政协十一届三次会议上提出的《关于加强高技能人才队伍建设的提案》收悉。现将办理情况答复如下：
一、支持楚雄技师学院深化工学一体化教学改革。`;

const LANSHAN = `临沂市兰山区人力资源和社会保障局对区政协十二届三次会议第56号提案的答复

农工党兰山区基层委员会：

贵委提出的《关于加强零工市场规范化建设的提案》收悉，现答复如下：
一、在柳青街道建成标准化零工市场2处。`;

const KASHGAR = `喀什地区人力资源和社会保障局
关于自治区政协十三届二次会议第2024078号提案的答复

阿不都热合曼·买买提委员：

您提出的《关于促进农村富余劳动力转移就业的提案》收悉，现答复如下：
一、依托喀什职业技术学院开展培训。`;

const proposed = (g: ReturnType<typeof buildGraph>) =>
  g
    .filterEdges((_e, a) => a.type === 'PROPOSED')
    .map((e) => `${g.source(e)} -> ${g.target(e)}`)
    .sort();

describe('proposals made by a body', () => {
  it('the salutation line is where the header says the proposers are addressed; an inline one (代表：您提出的…) is not kept', () => {
    const { salutation, fields } = readHeader({ id: 'g', file: 'g.txt', text: GULOU }, GULOU, splitSentences(GULOU));
    expect(salutation && GULOU.slice(salutation.start, salutation.end)).toBe('九三学社鼓楼区委员会：');
    expect(fields.proposers).toBeNull();
    const inline = '关于市人大第3号建议的答复\n其其格代表：您提出的《关于加强技能培训的建议》收悉，现答复如下：\n一、开展培训。';
    const h = readHeader({ id: 'i', file: 'i.txt', text: inline }, inline, splitSentences(inline));
    expect(h.fields.proposers).toEqual(['其其格']);
    expect(h.salutation).toBeNull();
  });

  it('a democratic party committee named in the salutation, in full or short (民盟楚雄州委), proposed it; people beside it too', () => {
    const g = graphOf({ gulou: GULOU, lvliang: LVLIANG, chuxiong: CHUXIONG });
    expect(proposed(g)).toEqual([
      'Agency:中国国民党革命委员会吕梁市委员会 -> Proposal:吕梁市|市政协十三届三次会议|提案|185',
      'Agency:中国民主同盟楚雄彝族自治州委员会 -> Proposal:楚雄彝族自治州|州政协十一届三次会议|提案|85',
      'Agency:九三学社南京市鼓楼区委员会 -> Proposal:南京市|区政协十一届二次会议|提案|31',
      'Person:张晓东 -> Proposal:吕梁市|市政协十三届三次会议|提案|185',
    ]);
    // the body's edge keeps the salutation as its evidence
    const e = g.findEdge((_e, a, s) => a.type === 'PROPOSED' && s.startsWith('Agency:九三学社'))!;
    expect(g.getEdgeAttribute(e, 'evidence')[0]).toMatchObject({ reply: 'gulou', sentence: '九三学社鼓楼区委员会：' });
    // a party committee named in the body of the reply is mentioned, not a proposer
    expect(g.hasNode('Agency:中国民主促进会南京市鼓楼区委员会')).toBe(true);
    expect(g.filterEdges('Agency:中国民主促进会南京市鼓楼区委员会', (_e, a) => a.type === 'PROPOSED')).toEqual([]);
    // the proposers field still names people only
    const proposers = (reply: string) => (g.getNodeAttributes(`Reply:${reply}`) as { proposers?: unknown }).proposers;
    expect(proposers('gulou')).toBeNull();
    expect(proposers('lvliang')).toEqual(['张晓东']);
  });

  it('a party’s grass-roots committee in a district (农工党兰山区基层委员会) and a transliterated name (阿不都热合曼·买买提) propose too', () => {
    const g = graphOf({ lanshan: LANSHAN, kashgar: KASHGAR });
    expect(proposed(g)).toEqual([
      'Agency:中国农工民主党临沂市兰山区基层委员会 -> Proposal:临沂市|区政协十二届三次会议|提案|56',
      'Person:阿不都热合曼·买买提 -> Proposal:喀什地区|自治区政协十三届二次会议|提案|2024078',
    ]);
  });

  it('a co-handling unit’s opinion (会办意见) to the unit in charge: the unit proposed nothing, the body names the proposer', () => {
    const JINHUA = `金华市人力资源和社会保障局
关于市政协九届三次会议第113号提案的会办意见

市发展改革委：

吴建国委员提出的《关于加快推进金义都市区技能人才一体化发展的提案》收悉。我局作为会办单位，提出如下会办意见：
一、依托金华职业技术大学开展培训。`;
    const g = graphOf({ jinhua: JINHUA });
    expect(proposed(g)).toEqual(['Person:吴建国 -> Proposal:金华市|市政协九届三次会议|提案|113']);
    expect(g.hasNode('Agency:金华市发展和改革委员会')).toBe(true);
  });
});

