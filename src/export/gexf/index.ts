import { write } from 'graphology-gexf';
import type { ReplyGraph } from '../../graph/index.js';
import { NODE_COLORS, type NodeAttributes } from '../../ontology/index.js';
import { writeFileAtomic } from '../atomic.js';

type Flat = Record<string, string | number | boolean>;

/** Node attributes as GEXF can hold them: scalars only, lists joined with '|'. */
function flatten(a: Record<string, unknown>, skip: readonly string[]): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(a)) {
    if (skip.includes(k) || v === null || v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.length && typeof v[0] !== 'object') out[k] = v.join('|');
      else if (k === 'replies' || k === 'evidence') out[`${k}Count`] = v.length;
    } else if (typeof v === 'object') continue;
    else out[k] = v as string | number | boolean;
  }
  return out;
}

/** The GEXF 1.3 document of a graph, for Gephi: label = name, colour by type, size by degree. */
export function toGexf(graph: ReplyGraph): string {
  return write(graph, {
    formatNode: (key: string, a: NodeAttributes) => ({
      label: a.name,
      attributes: flatten(a as unknown as Record<string, unknown>, ['x', 'y', 'text']),
      viz: {
        color: NODE_COLORS[a.type],
        size: 2 + Math.sqrt(graph.degree(key)),
        ...(typeof a.x === 'number' && typeof a.y === 'number' ? { x: a.x, y: a.y } : {}),
      },
    }),
    formatEdge: (_key: string, a: { type: string; weight: number; replies: string[] }) => ({
      label: a.type,
      weight: a.weight,
      attributes: { type: a.type, replies: a.replies.join('|') },
    }),
  });
}

export async function writeGexf(graph: ReplyGraph, file: string): Promise<void> {
  const xml = toGexf(graph);
  await writeFileAtomic(file, (out) => out.write(xml));
}
