import { REPLACEMENT, type StringForm } from '../../graph/string-form.js';
import type { Evidence } from '../../ontology/index.js';
import propertyTypes from './property-types.json' with { type: 'json' };

/**
 * Graph attributes → Neo4j properties. Neo4j properties are scalars or
 * homogeneous lists of scalars, never maps, so:
 * - `evidence` (a list of {reply, start, end, sentence, mention?}) becomes six
 *   parallel lists: evidenceReplies, evidenceStarts, evidenceEnds,
 *   evidenceSentences, evidenceMentionStarts, evidenceMentionEnds (-1 when the
 *   evidence has no mention span); element i of each list is the i-th evidence;
 * - any other map or mixed list becomes a JSON string in `<name>Json`;
 * - `type` is dropped (it is the label or relationship type);
 * - entity nodes get `aliasText`, their aliases joined by ' | ', for the
 *   full-text index;
 * - strings are kept as written, except lone UTF-16 surrogates (which no UTF-8
 *   file or Bolt message can carry), replaced by U+FFFD;
 * - null stays null (SET removes a property that became null), non-finite
 *   numbers become null.
 * Strings stay in the form they came in (graph/string-form.ts): `form` says which.
 */
export type NeoScalar = string | number | boolean;
export type NeoValue = NeoScalar | string[] | number[] | boolean[] | null;
export type Props = Record<string, NeoValue>;
export type PropKind = 'string' | 'int' | 'float' | 'boolean';

const INT = new Set<string>(propertyTypes.int);
const FLOAT = new Set<string>(propertyTypes.float);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The string with every lone surrogate replaced by U+FFFD (in a byte string, every surrogate is a lone one). */
const SURROGATE = /[\uD800-\uDFFF]/;
const ANY_SURROGATE = new RegExp(SURROGATE.source, 'g');
export function wellFormed(s: string, form: StringForm = 'utf16'): string {
  if (!SURROGATE.test(s)) return s;
  return form === 'utf16' ? s.replace(LONE_SURROGATE, '\uFFFD') : s.replace(ANY_SURROGATE, REPLACEMENT[form]);
}

/** Neo4j type of a property (of its elements, for a list), from its name and a sample value. */
export function kindOf(name: string, value: NeoValue): PropKind {
  if (INT.has(name)) return 'int';
  if (FLOAT.has(name)) return 'float';
  const list: unknown[] = Array.isArray(value) ? value : [value];
  if (typeof list[0] === 'boolean') return 'boolean';
  if (typeof list[0] === 'number') return list.every((x) => Number.isInteger(x)) ? 'int' : 'float';
  return 'string';
}

function isEvidence(x: unknown): x is Evidence {
  const e = x as Evidence;
  return !!e && typeof e === 'object' && typeof e.reply === 'string' && typeof e.start === 'number' && typeof e.end === 'number' && typeof e.sentence === 'string';
}

/** The six parallel lists that stand for a list of evidence. */
export function evidenceLists(list: readonly Evidence[], form: StringForm = 'utf16'): Props {
  return {
    evidenceReplies: list.map((e) => wellFormed(e.reply, form)),
    evidenceStarts: list.map((e) => e.start),
    evidenceEnds: list.map((e) => e.end),
    evidenceSentences: list.map((e) => wellFormed(e.sentence, form)),
    evidenceMentionStarts: list.map((e) => e.mention?.start ?? -1),
    evidenceMentionEnds: list.map((e) => e.mention?.end ?? -1),
  };
}

function scalar(v: unknown, form: StringForm): NeoScalar | null | undefined {
  if (v === null) return null;
  if (typeof v === 'string') return wellFormed(v, form);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  return undefined;
}

function homogeneousList(v: unknown[], form: StringForm): string[] | number[] | boolean[] | undefined {
  if (v.every((x) => typeof x === 'string')) return (v as string[]).map((x) => wellFormed(x, form));
  if (v.every((x) => typeof x === 'number' && Number.isFinite(x))) return v as number[];
  if (v.every((x) => typeof x === 'boolean')) return v as boolean[];
  return undefined;
}

function setProperty(out: Props, name: string, v: unknown, form: StringForm): void {
  if (v === undefined || name === 'type') return;
  const s = scalar(v, form);
  if (s !== undefined) {
    out[name] = s;
    return;
  }
  if (Array.isArray(v)) {
    if (name === 'evidence' && v.every(isEvidence)) {
      Object.assign(out, evidenceLists(v, form));
      return;
    }
    const list = homogeneousList(v, form);
    if (list) {
      out[name] = list;
      return;
    }
  }
  out[`${name}Json`] = wellFormed(JSON.stringify(v), form);
}

/** Properties of a node: `key` (its graph key, the merge key) and its attributes. */
export function nodeProperties(key: string, attributes: Record<string, unknown>, form: StringForm = 'utf16'): Props {
  const out: Props = { key: wellFormed(key, form) };
  for (const [name, v] of Object.entries(attributes)) setProperty(out, name, v, form);
  if (Array.isArray(attributes.aliases)) out.aliasText = (out.aliases as string[]).join(' | ');
  return out;
}

/** Properties of a relationship: `key` (its graph key) and its attributes. */
export function edgeProperties(key: string, attributes: Record<string, unknown>, form: StringForm = 'utf16'): Props {
  const out: Props = { key: wellFormed(key, form) };
  for (const [name, v] of Object.entries(attributes)) setProperty(out, name, v, form);
  return out;
}
