import type { EdgeType, NodeType } from '../../ontology/index.js';
import { quoteIdentifier as q } from './identifiers.js';

/**
 * The batched load statements. `rows` is the Cypher expression of the batch:
 * the parameter `$rows` (push) or an encoded list literal (script). Nodes are
 * merged on `key` only, then every other property is set, so loading twice
 * changes nothing and a larger graph adds to a smaller one.
 * Node rows are {key, props}; relationship rows are {from, to, props}.
 */
export function mergeNodesStatement(label: NodeType, rows = '$rows'): string {
  return `UNWIND ${rows} AS row\nMERGE (n:${q(label)} {key: row.key})\nSET n += row.props`;
}

export function mergeRelationshipsStatement(type: EdgeType, from: NodeType, to: NodeType, rows = '$rows'): string {
  return (
    `UNWIND ${rows} AS row\nMATCH (a:${q(from)} {key: row.from})\nMATCH (b:${q(to)} {key: row.to})\n` +
    `MERGE (a)-[r:${q(type)}]->(b)\nSET r += row.props`
  );
}

/** Deletes up to $limit nodes of one label with their relationships; returns `deleted`. */
export function deleteBatchStatement(label: NodeType): string {
  return `MATCH (n:${q(label)})\nWITH n LIMIT $limit\nDETACH DELETE n\nRETURN count(*) AS deleted`;
}
