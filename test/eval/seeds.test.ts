import { describe, expect, it } from 'vitest';
import { extractInputs, normName, predictFromExtraction, readGoldDir, score, type GoldReply } from '../../src/eval/index.js';
import { buildGraph, programsAcrossCities } from '../../src/graph/index.js';
import { ENTITY_TYPES } from '../../src/ontology/index.js';


describe('extraction quality on the seeds (gold in test/fixtures/gold)', async () => {
  const gold = readGoldDir('test/fixtures/gold');
  const extractions = await extractInputs(['seeds']);
  const report = score(gold, extractions.map(predictFromExtraction));

  it('scores every seed', () => {
    expect(extractions.map((x) => x.id).sort()).toEqual(gold.map((g) => g.doc).sort());
  });
  it('overall entity F1 ≥ 0.90', () => {
    expect(report.overall.f1).toBeGreaterThanOrEqual(0.9);
  });
  it.each(ENTITY_TYPES.map((t) => [t]))('%s F1 ≥ 0.80', (t) => {
    expect(report.byType[t].f1, JSON.stringify(report.errors.filter((e) => e.type === t))).toBeGreaterThanOrEqual(0.8);
  });
  it('reply fields ≥ 0.95', () => {
    expect(report.fields.accuracy, JSON.stringify(report.fieldErrors)).toBeGreaterThanOrEqual(0.95);
  });

  it('every program that recurs across seed cities is one node run by exactly those cities', () => {
    const graph = buildGraph(extractions);
    const spread = programsAcrossCities(graph);
    // gold: program name/aliases → cities of the replies that annotate it
    const goldCities = new Map<string, { keys: Set<string>; cities: Set<string> }>();
    for (const g of gold as GoldReply[]) {
      for (const e of g.entities.filter((e) => e.type === 'Program')) {
        const slot = goldCities.get(e.name) ?? { keys: new Set<string>(), cities: new Set<string>() };
        for (const k of [e.name, ...(e.aliases ?? [])]) slot.keys.add(normName(k));
        slot.cities.add(g.reply.city!);
        goldCities.set(e.name, slot);
      }
    }
    const recurring = [...goldCities].filter(([, v]) => v.cities.size >= 2);
    expect(recurring.length).toBeGreaterThanOrEqual(5);
    for (const [name, { keys, cities }] of recurring) {
      const nodes = spread.filter((s) => keys.has(normName(s.program)));
      expect(nodes.map((n) => n.program), `${name}: one node`).toHaveLength(1);
      expect(nodes[0]!.places, name).toEqual([...cities].sort());
    }
  });
});

describe('extraction quality on held-out replies of other provinces and topics (test/fixtures/heldout)', async () => {
  const gold = readGoldDir('test/fixtures/heldout');
  const report = score(gold, (await extractInputs(['test/fixtures/heldout'])).map(predictFromExtraction));
  it('overall entity F1 ≥ 0.85 and reply fields ≥ 0.90', () => {
    expect(report.overall.f1, JSON.stringify(report.errors)).toBeGreaterThanOrEqual(0.85);
    expect(report.fields.accuracy, JSON.stringify(report.fieldErrors)).toBeGreaterThanOrEqual(0.9);
  });
});
