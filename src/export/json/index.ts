import { writeFileAtomic } from '../atomic.js';
import { asStore, type GraphSource } from '../source/index.js';

/**
 * Write graph.json: graphology's serialised form (`graph.export()`), streamed
 * one node or edge per line: the shared nodes sorted by key, then each
 * reply's own nodes (Reply, Measure, Metric) group by group in input order;
 * edges likewise. Every node comes before every edge, so graphology's
 * `import` reads it. The same input gives a byte-identical file.
 */
export async function writeGraphJson(graph: GraphSource, file: string): Promise<void> {
  const store = asStore(graph);
  await writeFileAtomic(file, async (out) => {
    await out.write(`{"options":${JSON.stringify({ type: 'directed', multi: true, allowSelfLoops: false })},\n`);
    await out.write(`"attributes":${JSON.stringify(store.attributes)},\n"nodes":[`);
    let first = true;
    for await (const line of store.nodeJsonLines()) {
      await out.write(`${first ? '' : ','}\n${line}`);
      first = false;
    }
    await out.write('\n],\n"edges":[');
    first = true;
    for await (const line of store.edgeJsonLines()) {
      await out.write(`${first ? '' : ','}\n${line}`);
      first = false;
    }
    await out.write('\n]}\n');
  });
}
