import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGraphJson } from '../../src/export/index.js';
import type { Mention, ReplyExtraction } from '../../src/extract/index.js';
import { emptyFields } from '../../src/extract/header/index.js';
import { splitSentences } from '../../src/extract/sentences/index.js';
import { buildGraph, programsAcrossCities } from '../../src/graph/index.js';

/** A small reply of a city bureau, with its extraction written by hand from the text. */
function reply(id: string, city: string, province: string, programs: string[]): ReplyExtraction {
  const body = `一、工作开展情况\n我市全面推行${programs.join('、')}，开展培训1200人。\n二、下一步工作\n继续推进${programs[0]}。`;
  const text = `${city}人力资源和社会保障局\n关于市政协第12号提案的答复\n${body}`;
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const mentions: Mention[] = [];
  for (const p of programs) {
    const s = at(p);
    mentions.push({ type: 'Program', name: p.replace(/^企业/, ''), surface: p, start: s, end: s + p.length, source: 'test' });
  }
  const again = at(programs[0]!, at('二、'));
  mentions.push({ type: 'Program', name: programs[0]!.replace(/^企业/, ''), surface: programs[0]!, start: again, end: again + programs[0]!.length, source: 'test' });
  const s1 = at('一、');
  const s2 = at('二、');
  return {
    id,
    file: `${id}.txt`,
    length: text.length,
    text,
    salutation: null,
    fields: { ...emptyFields(), city, province, agency: `${city}人力资源和社会保障局`, proposalKind: '提案', proposalNumber: '12', session: '市政协一届一次会议' },
    sentences: splitSentences(text),
    measures: [
      { path: '1', parentPath: null, level: 1, marker: '一、', heading: '工作开展情况', text: text.slice(s1, s2), status: 'done', start: s1, end: s2 },
      { path: '2', parentPath: null, level: 1, marker: '二、', heading: '下一步工作', text: text.slice(s2), status: 'planned', start: s2, end: text.length },
    ],
    mentions: mentions.sort((a, b) => a.start - b.start),
    metrics: [{ value: 1200, unit: '人', counts: '开展培训', year: null, surface: '1200人', start: at('1200人'), end: at('1200人') + 5 }],
    relations: [{ type: 'LOCATED_IN', from: { type: 'City', name: city }, to: { type: 'Province', name: province }, evidence: { start: 0, end: city.length } }],
  };
}

const corpus = [
  reply('a', '洛阳市', '河南省', ['企业新型学徒制', '技能大师工作室']),
  reply('b', '临汾市', '山西省', ['新型学徒制']),
  reply('c', '衢州市', '浙江省', ['新型学徒制', '技能大师工作室']),
];

describe('graph builder', () => {
  it('makes one Program node per canonical name, run by every city that mentions it', () => {
    const g = buildGraph(corpus);
    expect(g.hasNode('Program:新型学徒制')).toBe(true);
    expect(g.hasNode('Program:企业新型学徒制')).toBe(false);
    const spread = programsAcrossCities(g);
    expect(spread[0]).toMatchObject({ program: '新型学徒制', places: ['临汾市', '洛阳市', '衢州市'] });
    expect(spread.find((s) => s.program === '技能大师工作室')?.places).toEqual(['洛阳市', '衢州市']);
    expect(g.getNodeAttributes('Program:新型学徒制')).toMatchObject({ aliases: ['企业新型学徒制'], replies: ['a', 'b', 'c'] });
  });

  it('links measures, mentions, metrics and the issuing agency with provenance', () => {
    const g = buildGraph(corpus);
    const measure = 'Measure:a#1';
    expect(g.getNodeAttributes(measure)).toMatchObject({ type: 'Measure', status: 'done', heading: '工作开展情况' });
    expect(g.getNodeAttributes('Measure:a#2')).toMatchObject({ status: 'planned' });
    expect(g.hasEdge('HAS_MEASURE:Reply:a->Measure:a#1')).toBe(true);
    const mentions = g.getEdgeAttributes('MENTIONS:Measure:a#1->Program:新型学徒制');
    expect(mentions.evidence[0]!.sentence).toContain('企业新型学徒制');
    const ev = mentions.evidence[0]!;
    expect(corpus[0]!.text.slice(ev.mention!.start, ev.mention!.end)).toBe('企业新型学徒制');
    // the program is mentioned in both measures: RUNS is one edge seen twice
    expect(g.getEdgeAttributes('RUNS:City:洛阳市->Program:新型学徒制').weight).toBe(2);
    expect(g.hasEdge('ISSUED:Agency:洛阳市人力资源和社会保障局->Reply:a')).toBe(true);
    expect(g.hasEdge('LOCATED_IN:City:衢州市->Province:浙江省')).toBe(true);
    const metric = g.outNeighbors(measure).find((n) => n.startsWith('Metric:'))!;
    expect(g.getNodeAttributes(metric)).toMatchObject({ value: 1200, unit: '人' });
  });

  it('writes byte-identical graph.json whatever the order nodes were created in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-json-'));
    await writeGraphJson(buildGraph(corpus), join(dir, 'a.json'));
    await writeGraphJson(buildGraph([...corpus].reverse()), join(dir, 'b.json'));
    const a = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(a).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
    const parsed = JSON.parse(a);
    expect(parsed.nodes.map((n: { key: string }) => n.key)).toEqual([...parsed.nodes.map((n: { key: string }) => n.key)].sort());
  });
});
