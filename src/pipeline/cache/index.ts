export { entryKey, fileKey, cacheFingerprint, extractorCodeHash, writersCodeHash, EXTRACTOR_FOLDERS, WRITER_FOLDERS } from './key.js';
export { ReplyCache, openCacheGeneration, generationDir, CACHE_FORMAT, type CachedReply } from './store.js';
export { defaultCacheRoot, CACHE_FOLDER } from './location.js';
