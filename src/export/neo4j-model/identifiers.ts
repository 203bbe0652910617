import { isEdgeType, isNodeType, type EdgeType, type NodeType } from '../../ontology/index.js';

/**
 * Cypher identifiers: labels and relationship types come only from the
 * ontology's allow-list; every identifier is backtick-quoted (a backtick inside
 * is doubled), so no name can end the quote.
 */
export function quoteIdentifier(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}

/** The node label of an ontology type; throws for anything else. */
export function labelOf(type: unknown, where: string): NodeType {
  if (typeof type !== 'string' || !isNodeType(type)) throw new Error(`${where}: node type ${JSON.stringify(type)} is not an ontology type`);
  return type;
}

/** The relationship type of an ontology edge type; throws for anything else. */
export function relTypeOf(type: unknown, where: string): EdgeType {
  if (typeof type !== 'string' || !isEdgeType(type)) throw new Error(`${where}: edge type ${JSON.stringify(type)} is not an ontology type`);
  return type;
}
