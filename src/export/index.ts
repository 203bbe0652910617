export { writeGraphJson } from './json/index.js';
export { writeGexf, toGexf } from './gexf/index.js';
export { writeFileAtomic, removeStaleTempFiles, TextSink } from './atomic.js';
export { writeCypherScript, cypherScriptChunks, cypherString, cypherValue } from './cypher/index.js';
export type { CypherScriptOptions } from './cypher/index.js';
export { writeNeo4jCsv, importCommand, ARRAY_DELIMITER } from './csv/index.js';
export type { NeoCsvOptions, NeoCsvResult } from './csv/index.js';
export { pushToNeo4j, PushError, describeNeo4jError } from './neo4j-push/index.js';
export type { PushOptions, PushSummary, PushCounts, PushDriver, PushSession, PushTransaction, PushResultSet } from './neo4j-push/index.js';
