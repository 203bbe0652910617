export { loadSnapshot, saveSnapshot, fileStamp, outputStamps, sameStamp, sameStamps, SNAPSHOT_FILE, type BuildSnapshot, type ReplyRecord, type FileStamp, type SnapshotInput } from './file.js';
