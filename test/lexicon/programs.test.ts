import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROGRAMS } from '../../src/extract/entities/program-lexicon.js';
import { parseLexicon } from '../../src/lexicon/index.js';

const file = new URL('../../src/lexicon/programs.json', import.meta.url);
const raw = parseLexicon(readFileSync(file, 'utf8'), 'programs.json');
/** as the recogniser uses them: aliases holding {province} expanded to each province's short name */
const entries = PROGRAMS;

describe('programs.json', () => {
  it('validates and has 250+ Program entries', () => {
    expect(raw.length).toBeGreaterThanOrEqual(250);
    expect(raw.every((e) => e.type === 'Program')).toBe(true);
    expect(entries.length).toBe(raw.length);
  });

  it('has no name twice, no alias claimed by two entries, no alias equal to another entry name', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const e of entries) {
      for (const form of [e.name, ...(e.aliases ?? [])]) {
        const prev = owner.get(form);
        if (prev !== undefined && prev !== e.name) problems.push(`${form}: ${prev} / ${e.name}`);
        owner.set(form, e.name);
      }
    }
    expect(problems).toEqual([]);
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
  });

  it('uses the canonical forms of docs/ontology.md', () => {
    const canon = (form: string) => entries.find((e) => e.name === form || e.aliases?.includes(form))?.name;
    expect(canon('人人持证、技能河南')).toBe('人人持证');
    expect(canon('技能河南')).toBe('人人持证');
    expect(canon('人人持证、技能龙江')).toBe('人人持证');
    expect(canon('人人持证技能浙江')).toBe('人人持证');
    expect(canon('企业新型学徒制')).toBe('新型学徒制');
    expect(canon('新八级工制度')).toBe('新八级工');
    expect(canon('省级技能大师工作室')).toBe('技能大师工作室');
    expect(canon('校企双制')).toBe('企校双制');
    expect(canon('工学一体')).toBe('工学一体化');
    expect(canon('订单式培养')).toBe('订单班');
    expect(canon('工匠精神')).toBeUndefined();
  });
});
