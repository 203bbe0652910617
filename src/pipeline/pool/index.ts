export { extractFiles, defaultWorkers, type ExtractFilesOptions } from './extract-files.js';
export { processFile, processBatch, fileTasks } from './process-file.js';
export type { FileResult, FileTask, WorkerSetup } from './types.js';
