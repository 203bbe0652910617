export type * from './types.js';
export { Gazetteer, gazetteer } from './gazetteer.js';
