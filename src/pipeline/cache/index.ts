export { entryKey, cacheFingerprint, extractorCodeHash, EXTRACTOR_FOLDERS } from './key.js';
export { ExtractionCache, openCacheGeneration, generationDir, CACHE_FORMAT } from './store.js';
export { defaultCacheRoot, CACHE_FOLDER } from './location.js';
