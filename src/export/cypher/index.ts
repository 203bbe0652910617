import { writeFileAtomic } from '../atomic.js';
import {
  batches,
  DEFAULT_BATCH_SIZE,
  kindOf,
  mergeNodesStatement,
  mergeRelationshipsStatement,
  nodeGroups,
  nodeRows,
  relationshipGroups,
  relationshipRows,
  schemaStatements,
  type Props,
} from '../neo4j-model/index.js';
import { SINK_ENCODING, type StringForm } from '../../graph/string-form.js';
import { asStore, type GraphSource } from '../source/index.js';
import { cypherMap, cypherString, cypherValue } from './literal.js';

export { cypherString, cypherValue, cypherMap, cypherInteger, cypherFloat } from './literal.js';

export interface CypherScriptOptions {
  /** rows per UNWIND statement (default 1000) */
  batchSize?: number;
}

function propsLiteral(props: Props, form: StringForm): string {
  return cypherMap(Object.entries(props).map(([k, v]) => [k, cypherValue(v, kindOf(k, v), form)] as [string, string]));
}

/**
 * The statements of graph.cypher, one string per piece (comments included),
 * in the string form of the graph's store (graph/string-form.ts),
 * each statement ending with `;`, streamed batch by batch. Values are Cypher
 * literals (literal.ts); batches are `UNWIND [ {…}, … ] AS row MERGE …` with
 * the rows written inline, the form cypher-shell -f and Neo4j Browser both
 * run. Comments hold only ontology names and counts, never text from the replies.
 */
export async function* cypherScriptChunks(graph: GraphSource, opts: CypherScriptOptions = {}): AsyncGenerator<string> {
  const store = asStore(graph);
  const form = store.stringForm;
  const size = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const nodes = nodeGroups(store);
  const rels = relationshipGroups(store);
  yield '// replygraph knowledge graph for Neo4j 5. Load with: cypher-shell -f graph.cypher\n';
  yield '// (or paste into Neo4j Browser with multi-statement queries enabled). Safe to run again:\n';
  yield '// nodes are merged on `key`, relationships on their endpoints and type.\n';
  yield `// ${store.order} nodes, ${store.size} relationships.\n\n// Schema\n`;
  for (const s of schemaStatements()) yield `${s};\n`;
  for (const g of nodes) {
    yield `\n// Nodes: ${g.label} (${g.count})\n`;
    for await (const batch of batches(nodeRows(store, g.label), size)) {
      const rows = batch.map((r) => `{key: ${cypherString(r.key, form)}, props: ${propsLiteral(r.props, form)}}`);
      yield `${mergeNodesStatement(g.label, `[\n${rows.join(',\n')}\n]`)};\n`;
    }
  }
  for (const g of rels) {
    yield `\n// Relationships: (${g.from})-[${g.type}]->(${g.to}) (${g.count})\n`;
    for await (const batch of batches(relationshipRows(store, g), size)) {
      const rows = batch.map((r) => `{from: ${cypherString(r.from, form)}, to: ${cypherString(r.to, form)}, props: ${propsLiteral(r.props, form)}}`);
      yield `${mergeRelationshipsStatement(g.type, g.from, g.to, `[\n${rows.join(',\n')}\n]`)};\n`;
    }
  }
}

/** Write graph.cypher (streamed, atomically: a temporary file renamed when complete). */
export async function writeCypherScript(graph: GraphSource, file: string, opts: CypherScriptOptions = {}): Promise<void> {
  const store = asStore(graph);
  await writeFileAtomic(file, async (out) => {
    for await (const chunk of cypherScriptChunks(store, opts)) await out.write(chunk);
  }, SINK_ENCODING[store.stringForm]);
}
