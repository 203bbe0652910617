export { loadSnapshot, saveSnapshot, graphJsonStamp, outputStamps, sameStamps, SNAPSHOT_FILE, type BuildSnapshot, type ReplyRecord, type FileStamp, type SnapshotInput } from './file.js';
