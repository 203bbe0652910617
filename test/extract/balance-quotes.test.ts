import { describe, expect, it } from 'vitest';
import { balanceQuotes } from '../../src/extract/entities/balance-quotes.js';
import { recognizeEntities } from '../../src/extract/entities/index.js';
import { ctxOf } from './helpers.js';

describe('surface forms keep their quotes balanced', () => {
  it('a form cut after an opening quote takes the quote in; the name is unchanged', () => {
    const text = '继续实施“八桂系列”劳务品牌建设。';
    const start = text.indexOf('八');
    const end = text.indexOf('建设');
    const m = balanceQuotes({ type: 'Program', name: '八桂系列劳务品牌', surface: text.slice(start, end), start, end, source: 't' }, text);
    expect(m.surface).toBe('“八桂系列”劳务品牌');
    expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(m.name).toBe('八桂系列劳务品牌');
  });

  it('balanced and unquoted forms are left alone', () => {
    const text = '开展“马兰花”创业培训和新型学徒制。';
    const a = { type: 'Program' as const, name: '马兰花创业培训', surface: '“马兰花”创业培训', start: 2, end: 11, source: 't' };
    expect(balanceQuotes(a, text)).toBe(a);
    const b = { type: 'Program' as const, name: '新型学徒制', surface: '新型学徒制', start: 12, end: 17, source: 't' };
    expect(balanceQuotes(b, text)).toBe(b);
  });

  it('no recognised surface in a real sentence ends up with a lone closing quote', () => {
    const text = '依托广西职业技术学院开展SYB创业培训和“马兰花”创业培训，实施“桂字号”劳务品牌培育行动，继续实施“八桂系列”劳务品牌建设。';
    for (const m of recognizeEntities(ctxOf(text))) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      const opens = [...m.surface].filter((c) => c === '“').length;
      const closes = [...m.surface].filter((c) => c === '”').length;
      expect([m.surface, closes]).toEqual([m.surface, opens]);
    }
  });
});
