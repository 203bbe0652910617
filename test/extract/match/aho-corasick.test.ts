import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AhoCorasickAutomaton } from '../../../src/extract/match/aho-corasick.js';
import { Dictionary, longestOf } from '../../../src/extract/match/dictionary.js';

const SEEDS = 'seeds';
const seedTexts = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));

/** Independent oracle: every occurrence by indexOf, overlaps included. */
function naiveAll(text: string, patterns: string[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  patterns.forEach((p, i) => {
    if (!p || patterns.indexOf(p) !== i) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push([i, at, at + p.length]);
  });
  return out.sort((a, b) => a[1] - b[1] || b[2] - a[2] || a[0] - b[0]);
}

// Names of the kind the lexicons hold, with shared prefixes and suffixes
// (技能 ⊂ 技能人才 ⊂ 高技能人才) so that failure and output links are exercised.
const PATTERNS = [
  '工匠精神', '工匠', '技能', '技能人才', '高技能人才', '高技能人才培训基地', '技师学院', '技工院校', '技工教育联盟',
  '人力资源和社会保障局', '社会保障', '职业技能等级认定', '职业技能', '世界技能大赛', '企业新型学徒制', '新型学徒制',
  '乡村工匠', '邯郸市', '河北省', '省级', '就业', '培训', '技能大师工作室', '大师工作室', '劳模精神', '精神',
];

describe('AhoCorasickAutomaton', () => {
  it('finds exactly the occurrences indexOf finds, on every seed reply', () => {
    const ac = new AhoCorasickAutomaton(PATTERNS);
    for (const text of seedTexts) {
      const got: [number, number, number][] = [];
      ac.scan(text, (p, s, e) => got.push([p, s, e]));
      got.sort((a, b) => a[1] - b[1] || b[2] - a[2] || a[0] - b[0]);
      expect(got).toEqual(naiveAll(text, PATTERNS));
      expect(got.length).toBeGreaterThan(10);
    }
  });

  it('reports nested and overlapping names in a sentence written for the test', () => {
    const text = '全市新建高技能人才培训基地3个，省级技能大师工作室5个，推行企业新型学徒制。';
    const ac = new AhoCorasickAutomaton(PATTERNS);
    const hits: string[] = [];
    ac.scan(text, (p, s, e) => hits.push(`${PATTERNS[p]}@${s}-${e}`));
    // 全0市1新2建3高4…: 高技能人才培训基地 is 4–13; 技能 and 技能人才 and 高技能人才 are inside it
    expect(hits).toEqual(expect.arrayContaining(['高技能人才培训基地@4-13', '高技能人才@4-9', '技能人才@5-9', '技能@5-7', '培训@9-11']));
    expect(hits).toEqual(expect.arrayContaining(['省级@16-18', '技能大师工作室@18-25', '大师工作室@20-25', '技能@18-20', '企业新型学徒制@30-37', '新型学徒制@32-37']));
    expect(text.slice(30, 37)).toBe('企业新型学徒制');
    expect(text.slice(4, 13)).toBe('高技能人才培训基地');
  });

  it('handles code units outside the BMP and empty input', () => {
    const ac = new AhoCorasickAutomaton(['𠀀技能', '技能']);
    const hits: number[][] = [];
    ac.scan('甲𠀀技能', (p, s, e) => hits.push([p, s, e]));
    expect(hits).toEqual([[0, 1, 5], [1, 3, 5]]);
    ac.scan('', () => expect.fail('no hit in an empty text'));
  });
});

describe('Dictionary', () => {
  const dict = new Dictionary(PATTERNS.map((p) => [p, p.length] as const));

  it('longest() keeps the leftmost-longest non-overlapping names', () => {
    const text = '推动高技能人才培训基地和技能大师工作室建设，弘扬劳模精神、工匠精神。';
    expect(dict.longest(text).map((h) => h.pattern)).toEqual(['高技能人才培训基地', '技能大师工作室', '劳模精神', '工匠精神']);
    for (const h of dict.longest(text)) expect(text.slice(h.start, h.end)).toBe(h.pattern);
  });

  it('all() is sorted by start, longest first, with the payload of each pattern', () => {
    const hits = dict.all('高技能人才');
    expect(hits.map((h) => [h.start, h.end, h.pattern, h.data])).toEqual([
      [0, 5, '高技能人才', 5],
      [1, 5, '技能人才', 4],
      [1, 3, '技能', 2],
    ]);
  });

  it('a pattern listed twice keeps its first payload', () => {
    const d = new Dictionary([['技工院校', 'first'], ['技工院校', 'second']] as const);
    expect(d.size).toBe(1);
    expect(d.longest('全市技工院校')[0]!.data).toBe('first');
  });
});

describe('large dictionaries (dense root table) and layered dictionaries', () => {
  // the bundled program lexicon: hundreds of names, so the automaton uses its dense root table
  const programs = (JSON.parse(readFileSync('src/lexicon/programs.json', 'utf8')) as { name: string; aliases?: string[] }[]).flatMap((e) => [e.name, ...(e.aliases ?? [])]);

  it('a dense-root automaton finds exactly what indexOf finds', () => {
    expect(programs.length).toBeGreaterThan(64);
    const ac = new AhoCorasickAutomaton(programs);
    let total = 0;
    for (const text of seedTexts) {
      const got: [number, number, number][] = [];
      ac.scan(text, (p, s, e) => got.push([p, s, e]));
      got.sort((a, b) => a[1] - b[1] || b[2] - a[2] || a[0] - b[0]);
      expect(got).toEqual(naiveAll(text, programs));
      total += got.length;
    }
    expect(total).toBeGreaterThan(20);
  });

  it('longestOf(several) equals longest() of one dictionary of all entries, first payload winning', () => {
    const local: [string, string][] = [['邯郸市人力资源和社会保障局', 'local'], ['技能大师工作室', 'local'], ['冀南技师学院', 'local']];
    const shared: [string, string][] = [...programs.map((p) => [p, 'shared'] as [string, string]), ['技能大师工作室', 'shared'], ['人力资源和社会保障局', 'shared'], ['技师学院', 'shared']];
    const union = new Dictionary([...local, ...shared]);
    const layered = [new Dictionary(local), new Dictionary(shared)];
    for (const text of seedTexts) expect(longestOf(layered, text)).toEqual(union.longest(text));
    const handan = seedTexts[0]!;
    expect(longestOf(layered, handan).filter((h) => h.data === 'local').map((h) => h.pattern)).toEqual(expect.arrayContaining(['邯郸市人力资源和社会保障局', '冀南技师学院']));
  });
});
