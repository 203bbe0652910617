export type { SourceDoc, SkippedFile } from './types.js';
export { listInputs, readDoc, isSkipped, READABLE_EXTENSIONS } from './read.js';
