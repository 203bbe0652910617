import { NODE_TYPES } from '../../ontology/index.js';
import { labelOf, quoteIdentifier as q } from './identifiers.js';
import schema from './schema.json' with { type: 'json' };

/** Name of the full-text index over entity names and aliases (query it with db.index.fulltext.queryNodes). */
export const FULLTEXT_INDEX = schema.fulltext.name;

/** The Cypher string literal of a schema constant (names and analyzers here are plain ASCII). */
function str(s: string): string {
  if (!/^[A-Za-z0-9_.-]*$/.test(s)) throw new Error(`schema.json: unexpected character in ${JSON.stringify(s)}`);
  return `'${s}'`;
}

/**
 * Schema statements, run before any data, each IF NOT EXISTS so that they can
 * run again: a uniqueness constraint on `key` for every ontology label (MERGE
 * looks nodes up through it), range indexes on the properties users search by
 * (schema.json), one full-text index over entity names and aliases with the
 * CJK analyzer, then a wait until the indexes are online.
 */
export function schemaStatements(): string[] {
  const out: string[] = [];
  for (const label of NODE_TYPES) {
    out.push(`CREATE CONSTRAINT ${q(`replygraph_${label}_key`)} IF NOT EXISTS FOR (n:${q(label)}) REQUIRE n.key IS UNIQUE`);
  }
  for (const ix of schema.rangeIndexes) {
    for (const l of ix.labels) {
      const label = labelOf(l, 'schema.json');
      out.push(`CREATE INDEX ${q(`replygraph_${label}_${ix.property}`)} IF NOT EXISTS FOR (n:${q(label)}) ON (n.${q(ix.property)})`);
    }
  }
  const ft = schema.fulltext;
  const labels = ft.labels.map((l) => q(labelOf(l, 'schema.json'))).join('|');
  const props = ft.properties.map((p) => `n.${q(p)}`).join(', ');
  out.push(
    `CREATE FULLTEXT INDEX ${q(ft.name)} IF NOT EXISTS FOR (n:${labels}) ON EACH [${props}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: ${str(ft.analyzer)}}}`,
  );
  out.push(`CALL db.awaitIndexes(${Math.trunc(schema.awaitIndexesSeconds)})`);
  return out;
}
