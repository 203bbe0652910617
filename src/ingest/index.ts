export type { SourceDoc, SkippedFile, ReadOptions, InputList, InputFormat } from './types.js';
export { UnreadableError } from './types.js';
export { listInputs, assignIds, baseId } from './list.js';
export { readDoc, isSkipped, DEFAULT_MAX_BYTES } from './read.js';
export { READABLE_EXTENSIONS } from './formats.js';
export { cleanText } from './clean.js';
export { simplifyKeepingOffsets } from './simplify.js';
export { detectEncoding } from './detect.js';
export { CELL_SEPARATOR, rowLine, isTableRow, cellsOf } from './table-rows.js';
