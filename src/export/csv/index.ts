import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sinkStream, TextSink, tempSibling, type SinkEncoding } from '../atomic.js';
import { nodeGroups, nodeRows, relationshipGroups, relationshipRows, relationshipShapeRows, schemaStatements } from '../neo4j-model/index.js';
import { SINK_ENCODING } from '../../graph/string-form.js';
import { asStore, type GraphSource } from '../source/index.js';
import { ColumnSet, columnsOf, countRowSignatures, headerCell, valueField, type Column } from './columns.js';
import type { LayoutRecorder } from '../pieces/layout.js';
import type { StringForm } from '../../graph/string-form.js';
import type { Props, RelationshipGroup } from '../neo4j-model/index.js';
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
async function writeFile(path: string, lines: Iterable<string> | AsyncIterable<string>, encoding: SinkEncoding = 'utf8'): Promise<void> {
  const sink = new TextSink(sinkStream(path), encoding);
  for await (const l of lines) await sink.write(l);
  await sink.close();
}

/** The header record of a label's node file. */
export function nodeHeader(label: string, props: readonly Column[]): string {
  return record([quoteField(`key:ID(${label})`), quoteField(':LABEL'), ...props.map(headerCell)]);
}
/** The header record of a relationship file. */
export function relationshipHeader(g: Pick<RelationshipGroup, 'from' | 'to'>, props: readonly Column[]): string {
  return record([quoteField(`:START_ID(${g.from})`), quoteField(`:END_ID(${g.to})`), quoteField(':TYPE'), ...props.map(headerCell)]);
}
/** A node's record (`props`: the file's columns but key). */
export function nodeRecord(key: string, label: string, rowProps: Props, props: readonly Column[], form: StringForm): string {
  return record([quoteField(key, form), quoteField(label), ...props.map((c) => valueField(rowProps[c.name], c, form))]);
}
/** A relationship's record. */
export function relationshipRecord(from: string, to: string, type: string, rowProps: Props, props: readonly Column[], form: StringForm): string {
  return record([quoteField(from, form), quoteField(to, form), quoteField(type), ...props.map((c) => valueField(rowProps[c.name], c, form))]);
}
/** The file name of a node group, of a relationship group. */
export const nodeFileName = (label: string) => `${label}.nodes.csv`;
export const relationshipFileName = (g: Pick<RelationshipGroup, 'type' | 'from' | 'to'>) => `${g.type}.${g.from}.${g.to}.rels.csv`;
/** A node file's property columns: all but key. */
export const nodeColumns = (signatures: Record<string, number>) => columnsOf(signatures).filter((c) => c.name !== 'key');

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
export async function writeNeo4jCsv(graph: GraphSource, dir: string, opts: NeoCsvOptions = {}, rec: LayoutRecorder | null = null): Promise<NeoCsvResult> {
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
      const props = nodeColumns(cols.signatures);
      const file = nodeFileName(g.label);
      const label = g.label;
      if (rec) rec.layout.signatures[`n ${label}`] = cols.signatures;
      await writeFile(join(tmp, file), (async function* () {
        rec?.openFile(file);
        yield recorded(rec, nodeHeader(label, props));
        rec?.openRegion(`n ${label}`);
        for await (const r of nodeRows(store, label)) {
          const piece = nodeRecord(r.key, label, r.props, props, form);
          rec?.piece(piece.length);
          yield piece;
        }
        rec?.closeRegion();
      })(), SINK_ENCODING[form]);
      result.nodeFiles.push({ file, label, rows: g.count });
    }
    for (const g of relationshipGroups(store)) {
      const cols = new ColumnSet();
      for await (const r of relationshipShapeRows(store, g)) cols.add(r.props);
      const props = cols.list();
      const file = relationshipFileName(g);
      const group = `e ${g.type}.${g.from}.${g.to}`;
      const sigs: Record<string, number> = {};
      if (rec) rec.layout.signatures[group] = sigs;
      await writeFile(join(tmp, file), (async function* () {
        rec?.openFile(file);
        yield recorded(rec, relationshipHeader(g, props));
        rec?.openRegion(group);
        for await (const r of relationshipRows(store, g)) {
          const piece = relationshipRecord(r.from, r.to, g.type, r.props, props, form);
          if (rec) {
            rec.piece(piece.length);
            countRowSignatures(r.props, sigs);
          }
          yield piece;
        }
        rec?.closeRegion();
      })(), SINK_ENCODING[form]);
      result.relationshipFiles.push({ file, type: g.type, from: g.from, to: g.to, rows: g.count });
    }
    await writeCsvExtras(tmp, result, opts.database);
    await replaceDir(tmp, dir);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  return result;
}

/** import.sh (with the neo4j-admin command of `result`'s files, set into it) and schema.cypher, written into `dir`. */
export async function writeCsvExtras(dir: string, result: NeoCsvResult, database: string | undefined): Promise<void> {
  result.command = importCommand(result, database);
  await writeFile(join(dir, 'import.sh'), [
    '#!/bin/sh\n',
    '# Import these CSV files into a new, empty Neo4j 5 database with neo4j-admin (the database must be stopped).\n',
    '# Usage: sh import.sh [database] [more neo4j-admin options, e.g. --overwrite-destination]\n',
    '# Then start the database and create the constraints and indexes:\n',
    '#   cypher-shell -d <database> -f schema.cypher\n',
    'set -e\ncd "$(dirname "$0")"\n',
    `db="\${1:-${database ?? 'neo4j'}}"\n[ $# -gt 0 ] && shift\n`,
    result.command.replace(/^neo4j-admin database import full \S+/, 'neo4j-admin database import full "$db"') + ' "$@"\n',
  ]);
  await writeFile(join(dir, 'schema.cypher'), [
    '// Constraints and indexes of the replygraph graph (run once after neo4j-admin import)\n',
    ...schemaStatements().map((s) => `${s};\n`),
  ]);
}

/** Put the folder `tmp` in the place of `dir` (the old one, if any, removed). */
export async function replaceDir(tmp: string, dir: string): Promise<void> {
  const old = `${tmp}.old`;
  const exists = await stat(dir).then(() => true, () => false);
  if (exists) await rename(dir, old);
  await rename(tmp, dir);
  if (exists) await rm(old, { recursive: true, force: true });
}

/** Text yielded to a file, counted by the recorder. */
function recorded(rec: LayoutRecorder | null, s: string): string {
  rec?.wrote(s);
  return s;
}
