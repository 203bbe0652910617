import { writeNeo4jCsv } from '../csv/index.js';
import { writeCypherScript } from '../cypher/index.js';
import { writeGexf } from '../gexf/index.js';
import { writeGraphJson } from '../json/index.js';
import type { GraphSource } from '../source/index.js';

export interface OutputFormat {
  /** file or folder name in the output folder */
  file: string;
  write: (g: GraphSource, path: string) => Promise<void>;
  /** can it be written from a frozen store in a worker thread? (graph.json copies the build's spooled bytes: no) */
  threadable: boolean;
  /** relative cost of writing it (measured: CPU seconds per 1,000 replies, at 10,000), to share the formats between threads */
  cost: number;
}

/** Every output format of `replygraph build`: name → writer. */
export const OUTPUT_FORMATS: Record<string, OutputFormat> = {
  json: { file: 'graph.json', write: writeGraphJson, threadable: false, cost: 0.9 },
  gexf: { file: 'graph.gexf', write: writeGexf, threadable: true, cost: 2.5 },
  cypher: { file: 'graph.cypher', write: (g, path) => writeCypherScript(g, path), threadable: true, cost: 3.6 },
  csv: { file: 'csv', write: async (g, path) => void (await writeNeo4jCsv(g, path)), threadable: true, cost: 3.0 },
};
