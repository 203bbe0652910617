import type { StringForm } from '../../graph/string-form.js';
import { kindOf, type NeoValue, type PropKind, type Props } from '../neo4j-model/index.js';
import { ARRAY_DELIMITER, cleanText, numberField, quoteField, quoteRaw } from './field.js';

/** A property column of a CSV file: its name, Neo4j type and whether it holds arrays. */
export interface Column {
  name: string;
  kind: PropKind;
  array: boolean;
}

/** Columns for a set of rows: every property any row has, typed from the property table and the values. */
export class ColumnSet {
  private readonly cols = new Map<string, Column>();
  add(props: Props): void {
    for (const [name, v] of Object.entries(props)) {
      if (v === null) continue;
      let c = this.cols.get(name);
      if (!c) this.cols.set(name, (c = { name, kind: kindOf(name, v), array: Array.isArray(v) }));
      // a whole-number column that meets a fraction becomes float
      const nums = Array.isArray(v) ? v : [v];
      if (c.kind === 'int' && nums.some((x) => typeof x === 'number' && !Number.isInteger(x)) && kindOf(name, null) !== 'int') c.kind = 'float';
    }
  }
  /** Columns in a stable order: `key` first, then by name. */
  list(): Column[] {
    return [...this.cols.values()].sort((a, b) => (a.name === 'key' ? -1 : b.name === 'key' ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
