import type { ReplyGraph } from '../../graph/index.js';
import { writeFileAtomic } from '../atomic.js';

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Write graph.json: graphology's serialised form (`graph.export()`), streamed
 * one node or edge per line, nodes and edges sorted by key so that the same
 * input gives a byte-identical file.
 */
export async function writeGraphJson(graph: ReplyGraph, file: string): Promise<void> {
  await writeFileAtomic(file, async (out) => {
    await out.write(`{"options":${JSON.stringify({ type: 'directed', multi: true, allowSelfLoops: false })},\n`);
    await out.write(`"attributes":${JSON.stringify(graph.getAttributes())},\n"nodes":[`);
    const nodes = graph.nodes().sort();
    for (let i = 0; i < nodes.length; i++) {
      const key = nodes[i]!;
      await out.write(`${i ? ',' : ''}\n${JSON.stringify({ key, attributes: graph.getNodeAttributes(key) })}`);
    }
    await out.write('\n],\n"edges":[');
    const edges = graph.edges().map((key) => ({ key })).sort(byKey);
    for (let i = 0; i < edges.length; i++) {
      const key = edges[i]!.key;
      const e = { key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) };
      await out.write(`${i ? ',' : ''}\n${JSON.stringify(e)}`);
    }
    await out.write('\n]}\n');
  });
}
