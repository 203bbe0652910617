export { loadSnapshot, saveSnapshot, graphJsonStamp, SNAPSHOT_FILE, type BuildSnapshot, type ReplyRecord, type FileStamp, type SnapshotInput } from './file.js';
