import { gazetteer } from '../lexicon/divisions/index.js';
import { nodeKey, type EntityType } from '../ontology/index.js';

/**
 * The key of an entity node: its type and canonical name, but for a county
 * whose name other divisions share (鼓楼区 of 南京, 福州, 徐州 and 开封), whose
 * key holds its qualified name (County:南京市鼓楼区) so that namesakes stay
 * apart; its `name` stays 鼓楼区. `code` is the division's code, when known
 * (a reference without one keeps the plain key).
 */
export function entityKey(type: EntityType, name: string, code?: string | null): string {
  if (type !== 'County' || !code) return nodeKey(type, name);
  const g = gazetteer();
  const d = g.code(code);
  return nodeKey(type, d && d.name === name ? g.qualifiedName(d) : name);
}
