import neo4j from 'neo4j-driver';
import { kindOf, type Props } from '../neo4j-model/index.js';

/**
 * Property values as driver parameters: the driver sends JS numbers as
 * floats, so whole-number properties (spans, weight, year…) become driver
 * Integers and are stored as Cypher INTEGER, as graph.cypher and the CSV store
 * them.
 */
export function driverProps(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(props)) {
    if (kindOf(name, v) !== 'int') out[name] = v;
    else if (Array.isArray(v)) out[name] = (v as number[]).map((x) => neo4j.int(Math.trunc(x)));
    else out[name] = typeof v === 'number' ? neo4j.int(Math.trunc(v)) : v;
  }
  return out;
}
