import type { ReplyExtraction } from '../extract/index.js';
import { isSkipped, listInputs, readDoc } from '../ingest/index.js';
import { loadLexicons } from '../lexicon/index.js';
import { processDoc } from '../pipeline/process.js';

/** Extract reply files or folders in memory (no graph, no cache): what `eval` scores when given inputs. */
export async function extractInputs(inputs: readonly string[], lexiconFiles: readonly string[] = []): Promise<ReplyExtraction[]> {
  const lexicons = loadLexicons(lexiconFiles);
  const { files } = await listInputs(inputs);
  const out: ReplyExtraction[] = [];
  for (const f of files) {
    const doc = await readDoc(f);
    if (!isSkipped(doc)) out.push(processDoc(doc, lexicons));
  }
  return out;
}
