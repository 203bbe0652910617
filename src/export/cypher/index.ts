import type { ReplyGraph } from '../../graph/index.js';
import { writeFileAtomic } from '../atomic.js';
import {
  batches,
  DEFAULT_BATCH_SIZE,
  kindOf,
  mergeNodesStatement,
  mergeRelationshipsStatement,
  nodeGroups,
  nodeRow,
  relationshipGroups,
  relationshipRow,
  schemaStatements,
  type Props,
} from '../neo4j-model/index.js';
import { cypherMap, cypherString, cypherValue } from './literal.js';

export { cypherString, cypherValue, cypherMap, cypherInteger, cypherFloat } from './literal.js';

export interface CypherScriptOptions {
  /** rows per UNWIND statement (default 1000) */
  batchSize?: number;
}

function propsLiteral(props: Props): string {
  return cypherMap(Object.entries(props).map(([k, v]) => [k, cypherValue(v, kindOf(k, v))] as [string, string]));
}

/**
 * The statements of graph.cypher, one string per piece (comments included),
 * each statement ending with `;`. Values are Cypher literals (literal.ts);
 * batches are `UNWIND [ {…}, … ] AS row MERGE …` with the rows written inline,
 * the form cypher-shell -f and Neo4j Browser both run. Comments hold only
 * ontology names and counts, never text from the replies.
 */
export function* cypherScriptChunks(graph: ReplyGraph, opts: CypherScriptOptions = {}): Generator<string> {
  const size = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const nodes = nodeGroups(graph);
  const rels = relationshipGroups(graph);
  yield '// replygraph knowledge graph for Neo4j 5. Load with: cypher-shell -f graph.cypher\n';
  yield '// (or paste into Neo4j Browser with multi-statement queries enabled). Safe to run again:\n';
  yield '// nodes are merged on `key`, relationships on their endpoints and type.\n';
  yield `// ${graph.order} nodes, ${graph.size} relationships.\n\n// Schema\n`;
  for (const s of schemaStatements()) yield `${s};\n`;
  for (const g of nodes) {
    yield `\n// Nodes: ${g.label} (${g.keys.length})\n`;
    for (const batch of batches(g.keys, size)) {
      const rows = batch.map((k) => {
        const r = nodeRow(graph, k);
        return `{key: ${cypherString(r.key)}, props: ${propsLiteral(r.props)}}`;
      });
      yield `${mergeNodesStatement(g.label, `[\n${rows.join(',\n')}\n]`)};\n`;
    }
  }
  for (const g of rels) {
    yield `\n// Relationships: (${g.from})-[${g.type}]->(${g.to}) (${g.keys.length})\n`;
    for (const batch of batches(g.keys, size)) {
      const rows = batch.map((k) => {
        const r = relationshipRow(graph, k);
        return `{from: ${cypherString(r.from)}, to: ${cypherString(r.to)}, props: ${propsLiteral(r.props)}}`;
      });
      yield `${mergeRelationshipsStatement(g.type, g.from, g.to, `[\n${rows.join(',\n')}\n]`)};\n`;
    }
  }
}

/** Write graph.cypher (streamed, atomically: a temporary file renamed when complete). */
export async function writeCypherScript(graph: ReplyGraph, file: string, opts: CypherScriptOptions = {}): Promise<void> {
  await writeFileAtomic(file, async (out) => {
    for (const chunk of cypherScriptChunks(graph, opts)) await out.write(chunk);
  });
}
