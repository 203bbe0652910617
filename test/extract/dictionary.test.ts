import { describe, expect, it } from 'vitest';
import { Dictionary } from '../../src/extract/match/dictionary.js';

describe('Dictionary on long texts (searched line by line, long lines cut after 。)', () => {
  const d = new Dictionary([['人社局', 1], ['市人社局', 2], ['技能大师工作室', 3]] as const);
  const sentence = '我市建成技能大师工作室12家，市人社局持续推进。';
  // one line far longer than a piece, then more lines
  const text = `${sentence.repeat(80)}\n第二行：人社局。\n\n${sentence}`;

  it('finds every occurrence at its offset in the whole text', () => {
    const hits = d.longest(text);
    const expected: { start: number; pattern: string }[] = [];
    for (const p of ['技能大师工作室', '市人社局']) for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) expected.push({ start: at, pattern: p });
    const lone = text.indexOf('：人社局') + 1;
    expected.push({ start: lone, pattern: '人社局' });
    expected.sort((a, b) => a.start - b.start);
    expect(hits.map((h) => ({ start: h.start, pattern: h.pattern }))).toEqual(expected);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.pattern);
  });

  it('all() keeps overlapping hits, with offsets into the whole text', () => {
    const hits = d.all(text);
    const inner = hits.filter((h) => h.pattern === '人社局');
    expect(inner.length).toBe(82); // inside 市人社局: 80 in the long line, 1 in the last line; and the lone one
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.pattern);
  });
});
