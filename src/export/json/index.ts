import { writeFileAtomic, type TextSink } from '../atomic.js';
import { jsonArrayPiece } from './array-bytes.js';
import { asGraphStore, type GraphSource } from '../source/index.js';

/**
 * Write graph.json: graphology's serialised form (`graph.export()`), streamed
 * one node or edge per line: the shared nodes sorted by key, then each
 * reply's own nodes (Reply, Measure, Metric) group by group in input order;
 * edges likewise. Every node comes before every edge, so graphology's
 * `import` reads it. The same input gives a byte-identical file.
 */
export async function writeGraphJson(graph: GraphSource, file: string): Promise<void> {
  const store = asGraphStore(graph);
  await writeFileAtomic(file, async (out) => {
    await out.write(`{"options":${JSON.stringify({ type: 'directed', multi: true, allowSelfLoops: false })},\n`);
    await out.write(`"attributes":${JSON.stringify(store.attributes)},\n"nodes":[`);
    await writeArray(out, store.sharedNodeJsonLines(), store.spooledChunks('nodes'), true);
    await out.write('\n],\n"edges":[');
    await writeArray(out, store.sharedEdgeJsonLines(), store.spooledChunks('edges'), false);
    await out.write('\n]}\n');
  });
}

/** The elements of a JSON array, one per line: shared lines (strings), then spooled chunks (bytes, copied as they are). */
async function writeArray(out: TextSink, shared: Iterable<string>, spooled: AsyncIterable<Uint8Array>, nodeLines: boolean): Promise<void> {
  let first = true;
  for (const line of shared) {
    await out.write(`${first ? '' : ','}\n${line}`);
    first = false;
  }
  for await (const chunk of spooled) {
    const piece = jsonArrayPiece(chunk, first, nodeLines);
    await out.writeBytes(piece.bytes);
    if (piece.wrote) first = false;
  }
}
