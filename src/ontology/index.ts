export * from './nodes.js';
export * from './edges.js';
export * from './attributes.js';
export * from './keys.js';
export * from './palette.js';
