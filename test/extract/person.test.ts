import { describe, expect, it } from 'vitest';
import { processDoc } from '../../src/pipeline/process.js';

describe('person recogniser', () => {
  it('finds the proposers, signer and contacts where they stand alone, not inside a longer name', () => {
    const text = `签发人：陈刚

关于市政协十届一次会议第8号提案的答复

王伟、李娜委员：

您提出的“关于加强家政服务培训的提案”收悉，现答复如下：

一、王伟东家政公司参加培训，陈刚强调要扩大规模。王伟委员提出的意见已采纳。

南充市人力资源和社会保障局
2024年3月5日
联系人：李娜，电话：0817-2222222
`;
    const x = processDoc({ id: 'p', file: 'p.txt', text } as Parameters<typeof processDoc>[0], { user: [], userFiles: [] });
    const persons = x.mentions.filter((m) => m.type === 'Person');
    expect([...new Set(persons.map((m) => m.name))].sort()).toEqual(['李娜', '王伟', '陈刚'].sort());
    // 王伟 in the salutation and before 委员; never inside 王伟东
    const wangwei = persons.filter((m) => m.name === '王伟').map((m) => m.start);
    expect(wangwei).toEqual([text.indexOf('王伟、'), text.indexOf('王伟委员提出')]);
    // 陈刚 before 强调 is inside a sentence, not standing alone: only the 签发人 line counts
    expect(persons.filter((m) => m.name === '陈刚').map((m) => m.start)).toEqual([text.indexOf('陈刚')]);
  });
});

describe('a name written spaced to the width of three characters (test/fixtures/dev d255)', () => {
  it('is the person the header names, its surface as written', () => {
    const text = `温州市鹿城区人力资源和社会保障局\n\n关于区政协十一届三次会议第12号提案的答复\n\n李 明 委员：\n\n您提出的提案收悉，现答复如下：\n\n一、开展培训。\n\n温州市鹿城区人力资源和社会保障局\n2024年6月3日\n\n联系人：王　芳　　联系电话：0577-88888888\n`;
    const x = processDoc({ id: 'p', file: 'p.txt', text } as Parameters<typeof processDoc>[0], { user: [], userFiles: [] });
    expect([x.fields.proposers, x.fields.contacts]).toEqual([['李明'], ['王芳']]);
    const persons = x.mentions.filter((m) => m.type === 'Person');
    expect(persons.map((m) => [m.name, m.surface])).toEqual([['李明', '李 明'], ['王芳', '王　芳']]);
  });
});
