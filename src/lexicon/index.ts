export * from './types.js';
export * from './load.js';
