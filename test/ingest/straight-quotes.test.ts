import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSkipped, readDoc } from '../../src/ingest/index.js';
import { pairStraightQuotes } from '../../src/ingest/straight-quotes.js';
import { processDoc } from '../../src/pipeline/process.js';

describe('straight double quotes (a half-width scrape, test/fixtures/dev d185)', () => {
  it('are paired into Chinese quotes line by line, keeping every offset', () => {
    const text = '举办"大唐杯"袜业设计技能大赛,4人获评"绍兴工匠"。\n他说"好\n';
    const paired = pairStraightQuotes(text)!;
    expect(paired).toBe('举办“大唐杯”袜业设计技能大赛,4人获评“绍兴工匠”。\n他说"好\n');
    expect(paired.length).toBe(text.length);
    // nothing to pair: null, as simplifyKeepingOffsets says nothing changed
    expect(pairStraightQuotes('举办“大唐杯”大赛。')).toBeNull();
  });

  it('are read as Chinese quotes by the recognisers, and quoted as written in the evidence and the measures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-quotes-'));
    const file = join(dir, 'r.txt');
    writeFileSync(file, '诸暨市人力资源和社会保障局\n\n何建平代表:\n\n一、以赛促训。2023年举办"大唐杯"袜业设计技能大赛,12人获评"诸暨工匠"。\n');
    const doc = await readDoc(file);
    if (isSkipped(doc)) throw new Error(doc.reason);
    expect(doc.text).toContain('“大唐杯”袜业设计技能大赛');
    expect(doc.original).toContain('"大唐杯"袜业设计技能大赛');
    expect(doc.traditional).toBeUndefined();
    const x = processDoc(doc, { user: [], userFiles: [] });
    const names = (type: string) => x.mentions.filter((m) => m.type === type).map((m) => m.name);
    expect(names('Competition')).toContain('大唐杯袜业设计技能大赛');
    expect(names('Award')).toContain('诸暨工匠');
    expect(x.sentences.some((s) => s.text.includes('"大唐杯"'))).toBe(true);
    // the measure's text too, as every output quotes it
    expect(x.measures.some((m) => m.text.includes('"大唐杯"') && !m.text.includes('“'))).toBe(true);
  });
});
