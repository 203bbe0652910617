export { quoteIdentifier, labelOf, relTypeOf } from './identifiers.js';
export { nodeProperties, edgeProperties, evidenceLists, kindOf, wellFormed } from './properties.js';
export type { Props, NeoValue, NeoScalar, PropKind } from './properties.js';
export { nodeGroups, relationshipGroups, nodeRows, relationshipRows, relationshipShapeRows, batches, DEFAULT_BATCH_SIZE } from './rows.js';
export type { NodeRow, RelationshipRow, NodeGroup, RelationshipGroup } from './rows.js';
export { schemaStatements, FULLTEXT_INDEX } from './schema.js';
export { mergeNodesStatement, mergeRelationshipsStatement, deleteBatchStatement } from './statements.js';
