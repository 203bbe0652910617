export * from './gold.js';
export * from './score.js';
export * from './predict.js';
