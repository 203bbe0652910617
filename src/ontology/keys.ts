import type { NodeType } from './nodes.js';

/**
 * Stable node keys: `Type:name` for entities, `Reply:id`, `Measure:id#path`,
 * `Metric:id@offset`. The same input gives the same keys.
 */
export function nodeKey(type: NodeType, name: string): string {
  return `${type}:${name}`;
}
export function edgeKey(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
export function typeOfKey(key: string): string {
  const i = key.indexOf(':');
  return i < 0 ? '' : key.slice(0, i);
}
