import { describe, expect, it } from 'vitest';
import { extractInputs, predictFromExtraction, predictFromGraphJson, type PredictedReply } from '../../src/eval/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { loadLexicons } from '../../src/lexicon/index.js';
import { processDoc } from '../../src/pipeline/process.js';

const entitySet = (p: PredictedReply) => p.entities.map((e) => `${e.type}:${e.name}`).sort();

// the bureau is never written: the document number's 黄 and the city the text names give it
const UNNAMED_BUREAU = '黄人社建〔2024〕18号\n\n对市十五届人大四次会议第215号建议的答复\n\n王建军代表：\n\n您提出的“关于工资支付保障的建议”收悉，现答复如下：\n\n一、黄石市全面落实农民工工资专用账户制度。\n';

describe('predictions from an extraction and from its graph.json agree', async () => {
  const extractions = [
    ...(await extractInputs(['seeds', 'test/fixtures/dev/d144_huangshi_wage_guarantee.txt'])),
    processDoc({ id: 'unnamed', file: 'unnamed.txt', text: UNNAMED_BUREAU } as Parameters<typeof processDoc>[0], loadLexicons()),
  ];
  const fromGraph = new Map(predictFromGraphJson(buildGraph(extractions).export() as Parameters<typeof predictFromGraphJson>[0]).map((p) => [p.doc, p]));

  it.each(extractions.map((x) => [x.id, x] as const))('%s: the same entities, the issuing bureau and the proposers among them', (_id, x) => {
    const direct = predictFromExtraction(x);
    expect(entitySet(direct)).toEqual(entitySet(fromGraph.get(x.id)!));
    if (x.fields.agency) expect(entitySet(direct)).toContain(`Agency:${x.fields.agency}`);
    for (const p of x.fields.proposers ?? []) expect(entitySet(direct)).toContain(`Person:${p}`);
  });
  it('a bureau the text never writes is predicted from the header', () => {
    const x = extractions.at(-1)!;
    expect(x.fields.agency).toBe('黄石市人力资源和社会保障局');
    expect(x.mentions.some((m) => m.name === x.fields.agency)).toBe(false);
    expect(entitySet(predictFromExtraction(x))).toContain('Agency:黄石市人力资源和社会保障局');
  });
});
