import type { StringForm } from '../../graph/string-form.js';
import { quoteIdentifier, type NeoValue, type PropKind } from '../neo4j-model/index.js';

/**
 * Cypher literal encoder: values become Cypher source text that evaluates to
 * exactly that value, whatever characters they hold.
 *
 * Strings are single-quoted. Backslash, quotes and the C escapes (\n \r \t \b
 * \f) are backslash-escaped; every other control or invisible line-breaking
 * character (U+0000–U+001F, U+007F–U+009F, U+2028, U+2029, U+FEFF) becomes
 * \uXXXX; a lone UTF-16 surrogate becomes \uFFFD (it cannot be stored); all
 * other characters, Chinese and astral ones included, are written as they are
 * (the script is UTF-8). A `*\/` or `//` inside a string is plain string text
 * to Cypher's lexer, so it needs no escape. A byte string (graph/string-form.ts)
 * gets the same escapes: its non-ASCII characters to escape are matched as
 * their UTF-8 bytes.
 */
const SIMPLE: Record<string, string> = { '\\': '\\\\', "'": "\\'", '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function hex4(code: number): string {
  return '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
}

/** Characters that need an escape, and surrogate pairs (kept) or lone surrogates (replaced). */
const NEEDS_ESCAPE = /[\\'"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;
const ESCAPE = /[\ud800-\udbff][\udc00-\udfff]|[\\'"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/g;

function escapeChar(ch: string): string {
  if (ch.length === 2) return ch; // a surrogate pair: an astral character, written as it is
  const c = ch.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return hex4(0xfffd);
  return SIMPLE[ch] ?? hex4(c);
}

/** The same in byte strings: C2 80–C2 9F is U+0080–U+009F, E2 80 A8/A9 U+2028/U+2029, EF BB BF U+FEFF; a surrogate is a lone one. */
const NEEDS_ESCAPE_BYTES = /[\\'"\x00-\x1f\x7f\ud800-\udfff]|\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9]|\xef\xbb\xbf/;
const ESCAPE_BYTES = new RegExp(NEEDS_ESCAPE_BYTES.source, 'g');

function escapeBytes(seq: string): string {
  if (seq.length === 1) return escapeChar(seq);
  if (seq.length === 2) return hex4(seq.charCodeAt(1)); // C2 xx is U+00xx
  return hex4(seq === '\xef\xbb\xbf' ? 0xfeff : 0x2000 + seq.charCodeAt(2) - 0x80); // E2 80 A8 is U+2028
}

export function cypherString(s: string, form: StringForm = 'utf16'): string {
  if (form === 'utf8-bytes') return NEEDS_ESCAPE_BYTES.test(s) ? `'${s.replace(ESCAPE_BYTES, escapeBytes)}'` : `'${s}'`;
  return NEEDS_ESCAPE.test(s) ? `'${s.replace(ESCAPE, escapeChar)}'` : `'${s}'`;
}

export function cypherInteger(n: number): string {
  if (Number.isSafeInteger(n)) return String(n); // -0 too: "0"
  if (!Number.isFinite(n)) return 'null';
  return BigInt(Math.trunc(n)).toString();
}

export function cypherFloat(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  if (Object.is(n, -0)) return '-0.0';
  const s = String(n).replace('e+', 'e');
  return /[.e]/.test(s) ? s : `${s}.0`;
}

function scalar(v: string | number | boolean, kind: PropKind, form: StringForm): string {
  if (typeof v === 'string') return cypherString(v, form);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return kind === 'int' ? cypherInteger(v) : cypherFloat(v);
}

/** The literal of a property value; `kind` is the Neo4j type of the value (of its elements, for a list); strings in `form`. */
export function cypherValue(v: NeoValue, kind: PropKind, form: StringForm = 'utf16'): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${(v as (string | number | boolean)[]).map((x) => scalar(x, kind, form)).join(', ')}]`;
  return scalar(v, kind, form);
}

/** A property name backtick-quoted, remembered: a graph has a few dozen, written millions of times. */
const quotedKeys = new Map<string, string>();
function quotedKey(k: string): string {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = quoteIdentifier(k);
    if (quotedKeys.size < 10_000) quotedKeys.set(k, q);
  }
  return q;
}

/** A map literal from already-encoded values; keys are backtick-quoted. */
export function cypherMap(entries: Iterable<[string, string]>): string {
  const parts: string[] = [];
  for (const [k, v] of entries) parts.push(`${quotedKey(k)}: ${v}`);
  return `{${parts.join(', ')}}`;
}
