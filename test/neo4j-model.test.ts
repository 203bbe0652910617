import { describe, expect, test } from 'vitest';
import { edgeProperties, kindOf, nodeProperties, relTypeOf, labelOf, quoteIdentifier } from '../src/export/neo4j-model/index.js';

describe('graph attributes → Neo4j properties', () => {
  test('evidence becomes parallel lists; lists stay lists; type dropped; aliasText for the full-text index', () => {
    const sentence = '2019年以来开展企业新型学徒制培训4859人。';
    const p = edgeProperties('RUNS:City:三门峡市->Program:新型学徒制', {
      type: 'RUNS',
      replies: ['003_cf776358110b3d8e'],
      weight: 2,
      evidence: [
        { reply: '003_cf776358110b3d8e', start: 900, end: 900 + sentence.length, sentence, mention: { start: 910, end: 915 } },
        { reply: '003_cf776358110b3d8e', start: 40, end: 52, sentence: '企业新型学徒制培训' },
      ],
    });
    expect(p).toEqual({
      key: 'RUNS:City:三门峡市->Program:新型学徒制',
      replies: ['003_cf776358110b3d8e'],
      weight: 2,
      evidenceReplies: ['003_cf776358110b3d8e', '003_cf776358110b3d8e'],
      evidenceStarts: [900, 40],
      evidenceEnds: [900 + sentence.length, 52],
      evidenceSentences: [sentence, '企业新型学徒制培训'],
      evidenceMentionStarts: [910, -1],
      evidenceMentionEnds: [915, -1],
    });
    const n = nodeProperties('Program:新型学徒制', { type: 'Program', name: '新型学徒制', aliases: ['企业新型学徒制', '学徒制'], replies: [], evidence: [] });
    expect(n.aliasText).toBe('企业新型学徒制 | 学徒制');
    expect(n.type).toBeUndefined();
    expect(n.aliases).toEqual(['企业新型学徒制', '学徒制']);
  });

  test('maps and mixed lists become JSON strings; nulls stay (they remove stale values); lone surrogates are replaced', () => {
    const p = nodeProperties('Reply:r', { type: 'Reply', extra: { a: 1 }, mixed: [1, 'a'], county: null, name: 'x\uD800y' });
    expect(p.extraJson).toBe('{"a":1}');
    expect(p.mixedJson).toBe('[1,"a"]');
    expect(p.county).toBeNull();
    expect(p.name).toBe('x\uFFFDy');
  });

  test('property kinds: the table first, then the values (a list with a fraction is float)', () => {
    expect(kindOf('value', 63000)).toBe('float');
    expect(kindOf('year', 2024)).toBe('int');
    expect(kindOf('other', [1, 2])).toBe('int');
    expect(kindOf('other', [1, 2.5])).toBe('float');
    expect(kindOf('name', '人人持证')).toBe('string');
  });

  test('labels and types only from the ontology; identifiers backtick-quoted', () => {
    expect(labelOf('Program', 'x')).toBe('Program');
    expect(() => labelOf('Program`) DETACH DELETE n//', 'node k')).toThrow(/^node k: node type .* is not an ontology type$/);
    expect(relTypeOf('RUNS', 'x')).toBe('RUNS');
    expect(() => relTypeOf('KNOWS', 'edge e')).toThrow(/edge e/);
    expect(quoteIdentifier('a`b')).toBe('`a``b`');
  });
});
