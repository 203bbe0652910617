import { readFile } from 'node:fs/promises';
import graphology from 'graphology';
import type { ReplyGraph } from '../graph/index.js';

/** Load a graph.json written by `build`; errors name the file and the problem. */
export async function readGraphJson(file: string): Promise<ReplyGraph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); build it with \`replygraph build <inputs> --out <dir>\``);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!data || !Array.isArray(data.nodes)) throw new Error(`${file}: not a graphology export (no "nodes" array)`);
  const g = new graphology.MultiDirectedGraph() as unknown as ReplyGraph;
  g.import(data);
  return g;
}
