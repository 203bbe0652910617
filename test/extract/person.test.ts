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
