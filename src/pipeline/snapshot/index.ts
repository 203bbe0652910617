export { loadSnapshot, saveSnapshot, dropSnapshot, graphJsonStamp, SNAPSHOT_FILE, type BuildSnapshot, type ReplyRecord, type FileStamp } from './file.js';
