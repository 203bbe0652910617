import { describe, expect, it } from 'vitest';
import { cleanText, quoteField } from '../../src/export/csv/field.js';
import { valueField } from '../../src/export/csv/columns.js';
import { cypherString, cypherValue } from '../../src/export/cypher/literal.js';
import { xmlAttr } from '../../src/export/gexf/index.js';
import { edgeProperties, nodeProperties, wellFormed } from '../../src/export/neo4j-model/properties.js';
import { byteStringOf, inForm, linesIn, parseJsonIn, SINK_ENCODING, utf16Of, type StringForm } from '../../src/graph/string-form.js';

/** Code units an escaper treats specially in one form or the other, and plain text around them. */
const UNITS = [
  'a', 'Z', '0', ' ', '河', '北', '“', '”', '，', '。', '—', '€', '\u00e9', '\u00ff', '\u0100',
  '\\', "'", '"', '`', '&', '<', '>', '|', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u0007', '\u001f', '\u007f',
  '\u0080', '\u0085', '\u009f', '\u00a0', '\u00c2', '\u2028', '\u2029', '\u2027', '\u202a', '\ufeff', '\ufffd', '\ufffe', '\uffff',
  '\ud800', '\udbff', '\udc00', '\udfff', '😀', '𠀋',
];

/** A random string of those units (a seeded generator: the same strings every run). */
function* randomStrings(n: number, seed = 7): Generator<string> {
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8);
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let len = next() % 12; len > 0; len--) s += UNITS[next() % UNITS.length];
    yield s;
  }
}

/** A string as a FrozenStore hands it out in byte strings: through JSON.stringify, the spool's UTF-8 bytes and a latin1 read. */
function asRead(s: string): string {
  return parseJsonIn<string>(Buffer.from(JSON.stringify(s), 'utf8').toString('latin1'), 'utf8-bytes');
}

/** The bytes a sink writes for a string of a form. */
const bytes = (s: string, form: StringForm) => Buffer.from(s, SINK_ENCODING[form]);

describe('byte strings (graph/string-form.ts)', () => {
  it('read back as latin1, every string round-trips to its UTF-16 text, lone surrogates included', () => {
    for (const s of randomStrings(3000)) expect(utf16Of(asRead(s))).toBe(s);
  });

  it('hold one character per UTF-8 byte, characters above U+00FF only for lone surrogates', () => {
    for (const s of randomStrings(3000)) {
      const b = asRead(s);
      for (const ch of b) if (ch.charCodeAt(0) > 0xff) expect(ch).toMatch(/^[\uD800-\uDFFF]$/);
      const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
      expect(bytes(b.replace(/[\uD800-\uDFFF]/g, ''), 'utf8-bytes').equals(Buffer.from(s.replace(lone, ''), 'utf8'))).toBe(true);
    }
    expect(inForm('技能', 'utf8-bytes')).toBe('\xe6\x8a\x80\xe8\x83\xbd');
  });

  it('a \\u escape of any character (JSON not written by JSON.stringify) becomes its UTF-8 bytes', () => {
    expect(parseJsonIn<{ k: string }>('{"k":"\\u6280\\u80fd \\ud83d\\ude00 \\ud800"}', 'utf8-bytes').k).toBe(`${inForm('技能 😀', 'utf8-bytes')} \ud800`);
    expect(byteStringOf('a\u6280')).toBe(`a${inForm('技', 'utf8-bytes')}`);
  });

  it('lines of a buffer are cut the same in both forms', () => {
    const text = '{"a":"技能"}\n\n{"b":"😀"}\nlast';
    const chunk = Buffer.from(text, 'utf8');
    expect([...linesIn(chunk, 'utf16')]).toEqual(['{"a":"技能"}', '{"b":"😀"}', 'last']);
    expect([...linesIn(chunk, 'utf8-bytes')].map(utf16Of)).toEqual(['{"a":"技能"}', '{"b":"😀"}', 'last']);
  });

  it('every escaper writes the same bytes from a byte string as from the UTF-16 string', () => {
    const col = { name: 'names', kind: 'string' as const, array: true };
    const scalarCol = { name: 'name', kind: 'string' as const, array: false };
    let escaped = 0;
    for (const s of randomStrings(4000)) {
      const b = asRead(s);
      const same = (f: (x: string, form: StringForm) => string) => expect(bytes(f(b, 'utf8-bytes'), 'utf8-bytes').equals(bytes(f(s, 'utf16'), 'utf16')), JSON.stringify(s)).toBe(true);
      same(wellFormed);
      same(cypherString);
      same(xmlAttr);
      same(cleanText);
      same(quoteField);
      same((x, form) => cypherValue([x, x], 'string', form));
      same((x, form) => valueField([x, 'b'], col, form));
      same((x, form) => valueField(x, scalarCol, form));
      if (cypherString(s) !== `'${s}'`) escaped++;
    }
    expect(escaped).toBeGreaterThan(1000); // the strings did need escapes
  });

  it('node and edge properties carry byte strings through, evidence and JSON-encoded values included', () => {
    const attrs = { type: 'Program', name: '技能\u2028中国', aliases: ['a\ud800', '河北'], evidence: [{ reply: 'r1', start: 0, end: 2, sentence: '“技能”\ufeff', mention: { start: 0, end: 1 } }], odd: [1, 'x'] };
    const read = parseJsonIn<typeof attrs>(Buffer.from(JSON.stringify(attrs), 'utf8').toString('latin1'), 'utf8-bytes');
    for (const f of [nodeProperties, edgeProperties]) {
      const u = f('Program:技能', attrs);
      const b = f(asRead('Program:技能'), read, 'utf8-bytes');
      const toUtf16 = (v: unknown): unknown => (typeof v === 'string' ? utf16Of(v) : Array.isArray(v) ? v.map(toUtf16) : v);
      expect(Object.fromEntries(Object.entries(b).map(([k, v]) => [k, toUtf16(v)]))).toEqual(u);
    }
  });
});
