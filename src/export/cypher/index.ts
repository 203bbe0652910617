import { writeFileAtomic } from '../atomic.js';
import {
  DEFAULT_BATCH_SIZE,
  edgeProperties,
  kindOf,
  mergeNodesStatement,
  mergeRelationshipsStatement,
  nodeGroups,
  nodeProperties,
  relationshipGroups,
  schemaStatements,
  type Props,
} from '../neo4j-model/index.js';
import type { StoredEdge, StoredNode } from '../../graph/index.js';
import type { EdgeType, NodeType } from '../../ontology/index.js';
import type { LayoutRecorder } from '../pieces/layout.js';
import { SINK_ENCODING, type StringForm } from '../../graph/string-form.js';
import { asStore, type GraphSource } from '../source/index.js';
import { cypherMap, cypherString, cypherValue } from './literal.js';

export { cypherString, cypherValue, cypherMap, cypherInteger, cypherFloat } from './literal.js';

export interface CypherScriptOptions {
  /** rows per UNWIND statement on average (default 1000): see startsStatement */
  batchSize?: number;
}

function propsLiteral(props: Props, form: StringForm): string {
  return cypherMap(Object.entries(props).map(([k, v]) => [k, cypherValue(v, kindOf(k, v), form)] as [string, string]));
}

/** Bytes of a row that decide whether a statement ends before it. */
const BOUNDARY_BYTES = 256;

/** FNV-1a of the first BOUNDARY_BYTES bytes of a row (in `form`; a UTF-16 row is hashed as its UTF-8 bytes). */
export function rowHash(row: string, form: StringForm): number {
  const head = form === 'utf16' ? Buffer.from(row.slice(0, BOUNDARY_BYTES), 'utf8').toString('latin1') : row;
  const n = Math.min(head.length, BOUNDARY_BYTES);
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ head.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * How a group's statements are cut: a new statement begins before a row
 * whose hash is a multiple of the batch size (a row's own bytes decide, not
 * its place), so statements hold `batchSize` rows on average and a row put
 * in or taken out moves no other boundary: a patched script is cut as a
 * full build's (pipeline/patch).
 */
export function startsStatement(row: string, form: StringForm, batchSize: number): boolean {
  return rowHash(row, form) % batchSize === 0;
}

/** The text around a group's rows: before the first, between two statements, after the last. */
export interface GroupFrame {
  open: string;
  between: string;
  close: string;
}

function frameOf(statement: string, comment: string): GroupFrame {
  const [before, after] = statement.split(ROWS_MARK) as [string, string];
  const open = `${before}[\n`;
  const close = `\n]${after};\n`;
  return { open: `${comment}${open}`, between: `${close}${open}`, close };
}
const ROWS_MARK = '\u0000rows\u0000';

export function nodeGroupFrame(label: NodeType, count: number): GroupFrame {
  return frameOf(mergeNodesStatement(label, ROWS_MARK), `\n// Nodes: ${label} (${count})\n`);
}
export function relationshipGroupFrame(type: EdgeType, from: NodeType, to: NodeType, count: number): GroupFrame {
  return frameOf(mergeRelationshipsStatement(type, from, to, ROWS_MARK), `\n// Relationships: (${from})-[${type}]->(${to}) (${count})\n`);
}

/** A node's row. */
export function cypherNodeRow(n: StoredNode, form: StringForm): string {
  return `{key: ${cypherString(n.key, form)}, props: ${propsLiteral(nodeProperties(n.key, n.attributes as unknown as Record<string, unknown>, form), form)}}`;
}
/** An edge's row. */
export function cypherEdgeRow(e: StoredEdge, form: StringForm): string {
  const props = edgeProperties(e.key, e.attributes as unknown as Record<string, unknown>, form);
  return `{from: ${cypherString(e.source, form)}, to: ${cypherString(e.target, form)}, props: ${propsLiteral(props, form)}}`;
}

/** A row as its piece of the script: what comes before it (nothing for a group's first), then the row. */
export function rowPiece(row: string, first: boolean, frame: GroupFrame, form: StringForm, batchSize: number): string {
  if (first) return row;
  return (startsStatement(row, form, batchSize) ? frame.between : ',\n') + row;
}

/** The script's head: comments with the counts, then the schema. */
export function cypherHead(order: number, size: number): string {
  return (
    '// replygraph knowledge graph for Neo4j 5. Load with: cypher-shell -f graph.cypher\n' +
    '// (or paste into Neo4j Browser with multi-statement queries enabled). Safe to run again:\n' +
    '// nodes are merged on `key`, relationships on their endpoints and type.\n' +
    `// ${order} nodes, ${size} relationships.\n\n// Schema\n` +
    schemaStatements().map((s) => `${s};\n`).join('')
  );
}

/**
 * The statements of graph.cypher, one string per piece (comments included),
 * in the string form of the graph's store (graph/string-form.ts),
 * each statement ending with `;`, streamed row by row. Values are Cypher
 * literals (literal.ts); statements are `UNWIND [ {…}, … ] AS row MERGE …`
 * with the rows written inline, the form cypher-shell -f and Neo4j Browser
 * both run, cut where startsStatement says. Comments hold only ontology
 * names and counts, never text from the replies. With a recorder, where
 * every row lies is recorded (pieces/layout.ts).
 */
export async function* cypherScriptChunks(graph: GraphSource, opts: CypherScriptOptions = {}, rec: LayoutRecorder | null = null): AsyncGenerator<string> {
  const store = asStore(graph);
  const form = store.stringForm;
  const size = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(size) || size < 1) throw new Error(`batch size must be a positive integer, got ${size}`);
  const nodes = nodeGroups(store);
  const rels = relationshipGroups(store);
  rec?.openFile('');
  const emit = (s: string) => (rec?.wrote(s), s);
  yield emit(cypherHead(store.order, store.size));
  /** One group: its framing, and its rows as pieces (recorded as a region). */
  async function* group<T>(frame: GroupFrame, region: string, items: AsyncIterable<T>, row: (item: T) => string): AsyncGenerator<string> {
    yield emit(frame.open);
    rec?.openRegion(region);
    let first = true;
    for await (const item of items) {
      const piece = rowPiece(row(item), first, frame, form, size);
      first = false;
      rec?.piece(piece.length);
      yield emit(piece);
    }
    rec?.closeRegion();
    yield emit(frame.close);
  }
  for (const g of nodes) yield* group(nodeGroupFrame(g.label, g.count), `n ${g.label}`, store.nodesOf(g.label), (n) => cypherNodeRow(n, form));
  for (const g of rels) yield* group(relationshipGroupFrame(g.type, g.from, g.to, g.count), `e ${g.type}.${g.from}.${g.to}`, store.edgesOf(g), (e) => cypherEdgeRow(e, form));
}

/** Write graph.cypher (streamed, atomically: a temporary file renamed when complete); with a recorder, its layout. */
export async function writeCypherScript(graph: GraphSource, file: string, opts: CypherScriptOptions = {}, rec: LayoutRecorder | null = null): Promise<void> {
  const store = asStore(graph);
  await writeFileAtomic(file, async (out) => {
    for await (const chunk of cypherScriptChunks(store, opts, rec)) await out.write(chunk);
  }, SINK_ENCODING[store.stringForm]);
}
