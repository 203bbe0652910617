import { writeNeo4jCsv } from '../csv/index.js';
import { writeCypherScript } from '../cypher/index.js';
import { writeGexf } from '../gexf/index.js';
import { writeGraphJson } from '../json/index.js';
import type { GraphSource } from '../source/index.js';
import type { LayoutRecorder } from '../pieces/layout.js';

export interface OutputFormat {
  /** file or folder name in the output folder */
  file: string;
  /** `rec`: records where each node and edge lies (formats a patch splices, written from byte strings) */
  write: (g: GraphSource, path: string, rec?: LayoutRecorder | null) => Promise<void>;
  /** does a rebuild splice it (pipeline/patch: its writer records a layout)? */
  spliced: boolean;
  /** can it be written from a frozen store in a worker thread? (graph.json copies the build's spooled bytes: no) */
  threadable: boolean;
  /** relative cost of writing it (measured: CPU seconds per 1,000 replies, at 10,000), to share the formats between threads */
  cost: number;
}

/** Every output format of `replygraph build`: name → writer. */
export const OUTPUT_FORMATS: Record<string, OutputFormat> = {
  json: { file: 'graph.json', write: (g, path) => writeGraphJson(g, path), threadable: false, spliced: false, cost: 0.9 },
  gexf: { file: 'graph.gexf', write: (g, path, rec) => writeGexf(g, path, rec ?? null), threadable: true, spliced: true, cost: 2.5 },
  cypher: { file: 'graph.cypher', write: (g, path, rec) => writeCypherScript(g, path, {}, rec ?? null), threadable: true, spliced: true, cost: 3.6 },
  csv: { file: 'csv', write: async (g, path, rec) => void (await writeNeo4jCsv(g, path, {}, rec ?? null)), threadable: true, spliced: true, cost: 3.0 },
};
