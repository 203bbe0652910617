export * from './gold.js';
export * from './score.js';
export * from './predict.js';
export * from './extract-inputs.js';
