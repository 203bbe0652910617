import type { StringForm } from '../../graph/string-form.js';
import { kindOf, type NeoValue, type PropKind, type Props } from '../neo4j-model/index.js';
import { ARRAY_DELIMITER, cleanText, numberField, quoteField, quoteRaw } from './field.js';
import { addCount } from '../pieces/layout.js';

/** A property column of a CSV file: its name, Neo4j type and whether it holds arrays. */
export interface Column {
  name: string;
  kind: PropKind;
  array: boolean;
}

/** A value's signature: property name, Neo4j kind (none for an empty list of a property the type table does not know) and whether it is a list. */
function signature(name: string, v: Exclude<NeoValue, null>): string {
  const array = Array.isArray(v);
  const kind = kindOf(name, v);
  return `${name}\t${array && !v.length && kind === 'string' ? '' : kind}\t${array ? 1 : 0}`;
}

/** Count the signatures of a row's properties into `into` (n: -1 takes a row out). */
export function countRowSignatures(props: Props, into: Record<string, number>, n = 1): void {
  for (const [name, v] of Object.entries(props)) {
    if (v === null) continue;
    addCount(into, signature(name, v), n);
  }
}

/**
 * The columns of rows that show these signatures: every property any row
 * has, `key` first, then by name; a list column if any row has a list; the
 * kind every value has, float where whole numbers and fractions meet,
 * string where other kinds meet. A function of the signatures alone, not of
 * the rows' order, so a patched file has the columns of a full build.
 */
export function columnsOf(signatures: Record<string, number>): Column[] {
  const cols = new Map<string, { kinds: Set<PropKind>; array: boolean }>();
  for (const sig of Object.keys(signatures)) {
    const [name, kind, array] = sig.split('\t') as [string, string, string];
    let c = cols.get(name);
    if (!c) cols.set(name, (c = { kinds: new Set(), array: false }));
    if (kind) c.kinds.add(kind as PropKind);
    if (array === '1') c.array = true;
  }
  const kindOfSet = (kinds: Set<PropKind>): PropKind => {
    if (kinds.size === 1) return [...kinds][0]!;
    if (kinds.size === 2 && kinds.has('int') && kinds.has('float')) return 'float';
    return 'string';
  };
  return [...cols]
    .map(([name, c]) => ({ name, kind: kindOfSet(c.kinds), array: c.array }))
    .sort((a, b) => (a.name === 'key' ? -1 : b.name === 'key' ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Columns for a set of rows (see columnsOf). */
export class ColumnSet {
  readonly signatures: Record<string, number> = {};
  add(props: Props): void {
    countRowSignatures(props, this.signatures);
  }
  list(): Column[] {
    return columnsOf(this.signatures);
  }
}

/**
 * Header cell of a property column: name:type, with [] for arrays (a plain
 * string column has no type). Whole numbers are `long` and fractions `double`,
 * the types Cypher gives them, so a graph imported from CSV holds the same
 * values as one loaded by push or graph.cypher (`int`/`float` would store
 * 32-bit values: 6.3 would read back as 6.300000190734863).
 */
export function headerCell(c: Column): string {
  const t = c.kind === 'string' && !c.array ? '' : `:${c.kind === 'int' ? 'long' : c.kind === 'float' ? 'double' : c.kind}${c.array ? '[]' : ''}`;
  return quoteField(c.name + t);
}

function scalarField(v: string | number | boolean, c: Column, form: StringForm): string {
  if (typeof v === 'number') return c.kind === 'string' ? quoteField(String(v)) : numberField(v, c.kind === 'int' ? 'int' : 'float');
  if (typeof v === 'boolean') return String(v);
  return c.kind === 'string' ? quoteField(v, form) : '';
}

/** The field of a value in a column (strings in `form`); null and missing values are empty fields (no property). */
export function valueField(v: NeoValue | undefined, c: Column, form: StringForm = 'utf16'): string {
  if (v === null || v === undefined) return '';
  if (c.array) {
    const list = (Array.isArray(v) ? v : [v]) as (string | number | boolean)[];
    if (!list.length) return '';
    if (c.kind === 'string') return quoteRaw(list.map((x) => cleanText(String(x), form)).join(ARRAY_DELIMITER));
    return '"' + list.map((x) => (typeof x === 'number' ? numberField(x, c.kind === 'int' ? 'int' : 'float') : String(x))).join(ARRAY_DELIMITER) + '"';
  }
  if (Array.isArray(v)) return quoteField(JSON.stringify(v), form);
  return scalarField(v, c, form);
}
