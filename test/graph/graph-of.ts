import { buildGraph } from '../../src/graph/index.js';
import { loadLexicons } from '../../src/lexicon/index.js';
import { processDoc } from '../../src/pipeline/process.js';

const lexicons = loadLexicons();

/** The graph of reply texts by id, each read, extracted and resolved as a build does it. */
export const graphOf = (texts: Record<string, string>) =>
  buildGraph(Object.entries(texts).map(([id, text]) => processDoc({ id, file: `${id}.txt`, text }, lexicons)));
