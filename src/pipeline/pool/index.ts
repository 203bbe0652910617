export { extractFiles, defaultWorkers, type ExtractFilesOptions } from './extract-files.js';
export { processFile, processBatch } from './process-file.js';
export type { FileResult, WorkerSetup } from './types.js';
