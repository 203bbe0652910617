import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simplifyKeepingOffsets } from '../../src/ingest/index.js';
import { loadLexicons } from '../../src/lexicon/index.js';
import { processDoc } from '../../src/pipeline/process.js';
import * as OpenCC from 'opencc-js';

describe('a reply read in Traditional script', () => {
  it('is matched in Simplified but quoted as written', () => {
    const simplified = readFileSync('seeds/002_8cb4d0241a619d09.txt', 'utf8');
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(simplified);
    expect(traditional).not.toBe(simplified);
    const text = simplifyKeepingOffsets(traditional)!;
    expect(text).not.toBeNull();
    const x = processDoc({ id: 't', file: 't.txt', text, original: traditional }, loadLexicons());
    const program = x.mentions.find((m) => m.name === '新型学徒制')!;
    expect(program).toBeDefined();
    const sentence = x.sentences.find((s) => s.start <= program.start && program.end <= s.end)!;
    expect(sentence.text).toBe(traditional.slice(sentence.start, sentence.end));
    expect(sentence.text).toContain('學徒制');
  });
});
