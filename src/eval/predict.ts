import type { ReplyExtraction } from '../extract/index.js';
import { fieldEntities } from '../graph/index.js';
import { isEntityType, type EntityNodeAttributes, type EntityType, type ReplyNodeAttributes } from '../ontology/index.js';
import type { PredictedEntity, PredictedReply } from './score.js';

/** The entities and fields an extraction predicts for its reply (one entity per type and canonical name). */
export function predictFromExtraction(x: ReplyExtraction): PredictedReply {
  const byKey = new Map<string, PredictedEntity & { aliases: string[] }>();
  const see = (type: EntityType, name: string, surface = name) => {
    const k = `${type}:${name}`;
    const e = byKey.get(k) ?? { type, name, aliases: [] };
    if (surface !== name && !e.aliases.includes(surface)) e.aliases.push(surface);
    byKey.set(k, e);
  };
  for (const m of x.mentions) see(m.type, m.name, m.surface);
  // the nodes the reply's fields make (graph/fragment.ts), as graph.json lists them under the reply
  const { runner, agency, proposers } = fieldEntities(x.fields);
  if (runner) see(runner.type, runner.name);
  if (agency) see('Agency', agency);
  for (const p of proposers) see('Person', p);
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
