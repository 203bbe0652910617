export { loadSnapshot, saveSnapshot, dropSnapshot, graphJsonStamp, SNAPSHOT_FILE, type BuildSnapshot, type ReplyRecord, type FileStamp, type SnapshotInput } from './file.js';
