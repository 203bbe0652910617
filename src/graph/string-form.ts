/**
 * How the strings a store hands out hold their text.
 *
 * - `utf16`: ordinary JavaScript strings.
 * - `utf8-bytes`: byte strings — one character per byte of the text's UTF-8
 *   form (what decoding the bytes as latin1 gives). Spooled lines are read
 *   this way by FrozenStore: V8 decodes UTF-8 Chinese text at ~120 MB/s and
 *   latin1 at ~1.2 GB/s, and writing them back as latin1 needs no encoding
 *   either, so an exporter that only escapes ASCII characters copies the
 *   text through at a tenth of the cost. Escapers that look at non-ASCII
 *   characters (Cypher's \u escapes of U+0080–U+009F, U+2028, U+2029, U+FEFF;
 *   XML's U+FFFE, U+FFFF) match their UTF-8 byte sequences instead.
 *
 *   Invariant: a character above U+00FF in a byte string is a lone UTF-16
 *   surrogate (the only thing JSON.stringify writes as a \u escape that is
 *   not a control character); `byteStringOf` keeps it so, and each escaper
 *   treats it as the utf16 form treats a lone surrogate.
 *
 * An exporter writes a store's strings with `SINK_ENCODING[store.stringForm]`,
 * and any text of its own through `inForm` (ASCII text is the same in both).
 */
export type StringForm = 'utf16' | 'utf8-bytes';

/** The encoding that writes a form's strings as UTF-8 bytes. */
export const SINK_ENCODING: Record<StringForm, 'utf8' | 'latin1'> = { utf16: 'utf8', 'utf8-bytes': 'latin1' };

/** U+FFFD REPLACEMENT CHARACTER in each form. */
export const REPLACEMENT: Record<StringForm, string> = { utf16: '\uFFFD', 'utf8-bytes': '\xEF\xBF\xBD' };

const NON_ASCII = /[^\x00-\x7F]/;
const ABOVE_LATIN1 = /[^\x00-\xFF]+/g;
const SURROGATE = /^[\uD800-\uDFFF]$/;

/** A utf16 string in a form (lone surrogates become U+FFFD in byte strings, as any UTF-8 encoder does). */
export function inForm(s: string, form: StringForm): string {
  return form === 'utf16' || !NON_ASCII.test(s) ? s : Buffer.from(s, 'utf8').toString('latin1');
}

/** A byte string back as a utf16 string (lone surrogates kept). */
export function utf16Of(bytes: string): string {
  let out = '';
  let start = 0;
  for (const m of bytes.matchAll(ABOVE_LATIN1)) {
    out += Buffer.from(bytes.slice(start, m.index), 'latin1').toString('utf8') + m[0];
    start = m.index! + m[0].length;
  }
  return out + Buffer.from(bytes.slice(start), 'latin1').toString('utf8');
}

/**
 * A string parsed from latin1-decoded JSON made a byte string: characters
 * above U+00FF (from \u escapes) become their UTF-8 bytes, but for lone
 * surrogates, which stay (see the invariant above).
 */
export function byteStringOf(parsed: string): string {
  return parsed.replace(ABOVE_LATIN1, (run) => {
    let out = '';
    for (const ch of run) out += SURROGATE.test(ch) ? ch : Buffer.from(ch, 'utf8').toString('latin1');
    return out;
  });
}

/** Every string in a parsed JSON value made a byte string (see byteStringOf). */
function byteStrings(v: unknown): unknown {
  if (typeof v === 'string') return byteStringOf(v);
  if (Array.isArray(v)) return v.map(byteStrings);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [byteStringOf(k), byteStrings(x)]));
  return v;
}

/**
 * JSON.parse of a line in a form: for utf8-bytes, `line` is a byte string and
 * so is every string in the result. A line without a \u escape needs nothing
 * more (JSON.stringify writes every other character as it is).
 */
export function parseJsonIn<T>(line: string, form: StringForm): T {
  const v = JSON.parse(line) as T;
  return form === 'utf8-bytes' && line.includes('\\u') ? (byteStrings(v) as T) : v;
}

/** The non-empty lines of a UTF-8 buffer as strings of a form, without their line ends. */
export function* linesIn(chunk: Uint8Array, form: StringForm): Generator<string> {
  const b = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const text = form === 'utf16' ? b.toString('utf8') : b.toString('latin1');
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) if (end > start) yield text.slice(start, end);
  if (start < text.length) yield text.slice(start);
}
