import type { ReplyExtraction } from '../extract/index.js';
import { isEntityType, type EntityNodeAttributes, type ReplyNodeAttributes } from '../ontology/index.js';
import type { PredictedEntity, PredictedReply } from './score.js';

/** The entities and fields an extraction predicts for its reply (one entity per type and canonical name). */
export function predictFromExtraction(x: ReplyExtraction): PredictedReply {
  const byKey = new Map<string, PredictedEntity & { aliases: string[] }>();
  for (const m of x.mentions) {
    const k = `${m.type}:${m.name}`;
    const e = byKey.get(k) ?? { type: m.type, name: m.name, aliases: [] };
    if (m.surface !== m.name && !e.aliases.includes(m.surface)) e.aliases.push(m.surface);
    byKey.set(k, e);
  }
  return { doc: x.id, reply: x.fields, entities: [...byKey.values()] };
}

/** The same from a graph.json export: entity nodes whose `replies` include the doc. */
export function predictFromGraphJson(graph: { nodes: { key: string; attributes?: Record<string, unknown> }[] }): PredictedReply[] {
  const out = new Map<string, PredictedReply>();
  const get = (doc: string) => {
    let p = out.get(doc);
    if (!p) out.set(doc, (p = { doc, reply: {}, entities: [] }));
    return p;
  };
  for (const n of graph.nodes) {
    const a = n.attributes ?? {};
    const type = String(a.type ?? '');
    if (type === 'Reply') {
      const r = a as unknown as ReplyNodeAttributes;
      get(r.id).reply = r;
    } else if (isEntityType(type)) {
      const e = a as unknown as EntityNodeAttributes;
      for (const doc of e.replies ?? []) get(doc).entities.push({ type: e.type, name: e.name, aliases: e.aliases });
    }
  }
  return [...out.values()];
}
