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
}

/** Every output format of `replygraph build`: name → writer. */
export const OUTPUT_FORMATS: Record<string, OutputFormat> = {
  json: { file: 'graph.json', write: writeGraphJson, threadable: false },
  gexf: { file: 'graph.gexf', write: writeGexf, threadable: true },
  cypher: { file: 'graph.cypher', write: (g, path) => writeCypherScript(g, path), threadable: true },
  csv: { file: 'csv', write: async (g, path) => void (await writeNeo4jCsv(g, path)), threadable: true },
};
