import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TextSink, tempSibling } from '../atomic.js';
import { nodeGroups, nodeRows, relationshipGroups, relationshipRows, relationshipShapeRows, schemaStatements } from '../neo4j-model/index.js';
import { SINK_ENCODING } from '../../graph/string-form.js';
import { asStore, type GraphSource } from '../source/index.js';
import { ColumnSet, headerCell, valueField } from './columns.js';
import { ARRAY_DELIMITER_OPTION, quoteField, record } from './field.js';

export { ARRAY_DELIMITER, ARRAY_DELIMITER_OPTION } from './field.js';

export interface NeoCsvOptions {
  /** database name used in the generated import.sh (default neo4j) */
  database?: string;
}

/** What writeNeo4jCsv wrote: file names (relative to the folder) and row counts. */
export interface NeoCsvResult {
  nodeFiles: { file: string; label: string; rows: number }[];
  relationshipFiles: { file: string; type: string; from: string; to: string; rows: number }[];
  /** the neo4j-admin command line, run from inside the folder */
  command: string;
}

/** Write lines to a file; `encoding` turns them into bytes (latin1 for byte strings, graph/string-form.ts). */
async function writeFile(path: string, lines: Iterable<string> | AsyncIterable<string>, encoding: BufferEncoding = 'utf8'): Promise<void> {
  const sink = new TextSink(createWriteStream(path, { encoding }));
  for await (const l of lines) await sink.write(l);
  await sink.close();
}

/** The neo4j-admin line that imports the files of a folder (run inside it). */
export function importCommand(r: Pick<NeoCsvResult, 'nodeFiles' | 'relationshipFiles'>, database = 'neo4j'): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(database)) throw new Error(`invalid database name ${JSON.stringify(database)}`);
  return [
    `neo4j-admin database import full ${database}`,
    `--array-delimiter=${ARRAY_DELIMITER_OPTION} --multiline-fields=true --id-type=string`,
    ...r.nodeFiles.map((f) => `--nodes=${f.file}`),
    ...r.relationshipFiles.map((f) => `--relationships=${f.file}`),
  ].join(' \\\n  ');
}

/**
 * Write the graph as neo4j-admin import CSV into `dir` (replaced as a whole,
 * atomically: written beside it, then renamed):
 * - `<Label>.nodes.csv`, one per label: key:ID(<Label>), :LABEL, properties;
 * - `<TYPE>.<From>.<To>.rels.csv`, one per relationship type and pair of end
 *   labels (each ID space is a label, so the end labels fix the header):
 *   :START_ID(<From>), :END_ID(<To>), :TYPE, properties;
 * - `import.sh`, the neo4j-admin command for these files;
 * - `schema.cypher`, the constraints and indexes to create once the imported
 *   database is started (neo4j-admin creates none).
 * Ids are the graph's node keys (unique by construction), every endpoint is a
 * node of the graph, so the import finds no duplicate and no dangling id.
 */
export async function writeNeo4jCsv(graph: GraphSource, dir: string, opts: NeoCsvOptions = {}): Promise<NeoCsvResult> {
  const store = asStore(graph);
  const form = store.stringForm;
  const tmp = tempSibling(dir);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const result: NeoCsvResult = { nodeFiles: [], relationshipFiles: [], command: '' };
  try {
    // two passes over each node group, both streamed: the columns (every property any row has), then the rows;
    // a relationship group's columns come from the edges that show its shapes (StoreReader.edgeShapesOf)
    for (const g of nodeGroups(store)) {
      const cols = new ColumnSet();
      for await (const r of nodeRows(store, g.label)) cols.add(r.props);
      const props = cols.list().filter((c) => c.name !== 'key');
      const file = `${g.label}.nodes.csv`;
      const label = g.label;
      await writeFile(join(tmp, file), (async function* () {
        yield record([quoteField(`key:ID(${label})`), quoteField(':LABEL'), ...props.map(headerCell)]);
        for await (const r of nodeRows(store, label)) yield record([quoteField(r.key, form), quoteField(label), ...props.map((c) => valueField(r.props[c.name], c, form))]);
      })(), SINK_ENCODING[form]);
      result.nodeFiles.push({ file, label, rows: g.count });
    }
    for (const g of relationshipGroups(store)) {
      const cols = new ColumnSet();
      for await (const r of relationshipShapeRows(store, g)) cols.add(r.props);
      const props = cols.list();
      const file = `${g.type}.${g.from}.${g.to}.rels.csv`;
      await writeFile(join(tmp, file), (async function* () {
        yield record([quoteField(`:START_ID(${g.from})`), quoteField(`:END_ID(${g.to})`), quoteField(':TYPE'), ...props.map(headerCell)]);
        for await (const r of relationshipRows(store, g)) yield record([quoteField(r.from, form), quoteField(r.to, form), quoteField(g.type), ...props.map((c) => valueField(r.props[c.name], c, form))]);
      })(), SINK_ENCODING[form]);
      result.relationshipFiles.push({ file, type: g.type, from: g.from, to: g.to, rows: g.count });
    }
    result.command = importCommand(result, opts.database);
    await writeFile(join(tmp, 'import.sh'), [
      '#!/bin/sh\n',
      '# Import these CSV files into a new, empty Neo4j 5 database with neo4j-admin (the database must be stopped).\n',
      '# Usage: sh import.sh [database] [more neo4j-admin options, e.g. --overwrite-destination]\n',
      '# Then start the database and create the constraints and indexes:\n',
      '#   cypher-shell -d <database> -f schema.cypher\n',
      'set -e\ncd "$(dirname "$0")"\n',
      `db="\${1:-${opts.database ?? 'neo4j'}}"\n[ $# -gt 0 ] && shift\n`,
      result.command.replace(/^neo4j-admin database import full \S+/, 'neo4j-admin database import full "$db"') + ' "$@"\n',
    ]);
    await writeFile(join(tmp, 'schema.cypher'), [
      '// Constraints and indexes of the replygraph graph (run once after neo4j-admin import)\n',
      ...schemaStatements().map((s) => `${s};\n`),
    ]);
    const old = `${tmp}.old`;
    const exists = await stat(dir).then(() => true, () => false);
    if (exists) await rename(dir, old);
    await rename(tmp, dir);
    if (exists) await rm(old, { recursive: true, force: true });
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  return result;
}
