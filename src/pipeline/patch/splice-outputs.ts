import { mkdirSync, openSync, closeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SyncByteSink, tempSibling, writeFileAtomicSync } from '../../export/atomic.js';
import { columnsOf, countRowSignatures } from '../../export/csv/columns.js';
import { nodeColumns, nodeFileName, nodeHeader, nodeRecord, relationshipFileName, relationshipHeader, relationshipRecord, replaceDir, writeCsvExtras, type NeoCsvResult } from '../../export/csv/index.js';
import { cypherEdgeRow, cypherHead, cypherNodeRow, nodeGroupFrame, relationshipGroupFrame, rowPiece, startsStatement, type GroupFrame } from '../../export/cypher/index.js';
import { countNodeSignatures, GEXF_BETWEEN, GEXF_TAIL, gexfEdge, gexfHead, gexfNode } from '../../export/gexf/index.js';
import type { FileLayout, OutputLayout, RegionLayout } from '../../export/pieces/layout.js';
import { ByteCounter, OldFile, SpliceError, spliceRegion, type OwnItem, type PieceRender } from '../../export/pieces/splice.js';
import { DEFAULT_BATCH_SIZE, edgeProperties, nodeProperties } from '../../export/neo4j-model/index.js';
import type { ReplyFragment, StoredEdge, StoredNode } from '../../graph/index.js';
import { parseNodeLine } from '../../graph/store.js';
import type { EdgeType, NodeType } from '../../ontology/index.js';
import type { GraphChanges } from './changes.js';
import { orderGroups } from '../../graph/group-order.js';
import type { BuildItem } from './splice.js';
import type { ReplyRecord } from '../snapshot/index.js';

/** What every spliced output needs of the new graph besides the changes. */
export interface NewGraph {
  attributes: Record<string, unknown>;
  /** nodes and edges in the whole graph */
  order: number;
  size: number;
  /** the new build's replies, in order */
  items: readonly BuildItem[];
  records: readonly ReplyRecord[];
  /** replies of the previous build */
  previous: number;
  /** the changes as data (a GraphChanges, or its clone in another thread) */
  changes: Pick<GraphChanges, 'shared' | 'removedOwn' | 'degreeChange'>;
}

type Element = StoredNode | StoredEdge;
const utf8 = new TextDecoder();

/** A fragment's own elements in one spool group. */
function fragmentElements(f: ReplyFragment, group: string): Element[] {
  const nodes = group.startsWith('n ');
  const name = group.slice(2);
  const out: Element[] = [];
  for (const [g, lines] of nodes ? f.nodes : f.edges) {
    if (g !== name) continue;
    for (const line of utf8.decode(lines).split('\n')) {
      if (!line) continue;
      out.push(nodes ? parseNodeLine(line) : (JSON.parse(line) as StoredEdge));
    }
  }
  return out;
}

/**
 * Every element leaving or coming into the graph, group by group: old
 * versions of shared ones replaced or dropped and the removed replies' own
 * (-1), new versions and the added replies' own (+1).
 */
function* movements(g: NewGraph): Generator<[string, Element, 1 | -1]> {
  for (const [group, steps] of g.changes.shared) {
    for (const s of steps) {
      if ('replace' in s) {
        yield [group, s.old, -1];
        yield [group, s.replace, 1];
      } else if ('drop' in s) yield [group, s.old, -1];
      else if ('add' in s) yield [group, s.add, 1];
    }
  }
  for (const [group, list] of g.changes.removedOwn) for (const e of list) yield [group, e, -1];
  for (const item of g.items) {
    if (!('fragment' in item)) continue;
    const f = item.fragment;
    for (const [name] of f.nodes) for (const e of fragmentElements(f, `n ${name}`)) yield [`n ${name}`, e, 1];
    for (const [name] of f.edges) for (const e of fragmentElements(f, `e ${name}`)) yield [`e ${name}`, e, 1];
  }
}

/** Own lines by group over every reply of the new build (computed once per graph). */
const ownCounts = new WeakMap<NewGraph, Map<string, number>>();

/** The number of elements of a group in the new graph, from its old layout region and the changes. */
function countOf(g: NewGraph, r: RegionLayout): number {
  let own = ownCounts.get(g);
  if (!own) {
    own = new Map();
    for (const rec of g.records) for (const [group, n] of Object.entries(rec.groups)) own.set(group, (own.get(group) ?? 0) + n);
    ownCounts.set(g, own);
  }
  let shared = r.shared.length;
  for (const s of g.changes.shared.get(r.group) ?? []) {
    if ('drop' in s) shared--;
    else if ('add' in s) shared++;
  }
  return shared + (own.get(r.group) ?? 0);
}

/**
 * The regions of the new graph in output order: those of the layout and
 * any group new to the graph (an empty old region), without those that
 * emptied. Throws SpliceError on a group outside the ontology.
 */
function newRegions(g: NewGraph, layout: OutputLayout): RegionLayout[] {
  const old = new Map(layout.files.flatMap((f) => f.regions.map((r) => [r.group, r] as const)));
  const groups = new Set(old.keys());
  for (const group of g.changes.shared.keys()) groups.add(group);
  for (const rec of g.records) for (const group of Object.keys(rec.groups)) groups.add(group);
  const ordered = orderGroups(groups);
  if (!ordered) throw new SpliceError('a group outside the ontology');
  return ordered
    .map((group) => old.get(group) ?? { group, start: 0, shared: [], own: new Array<number>(g.previous).fill(0), degrees: [] })
    .filter((r) => countOf(g, r) > 0);
}

/** A region of a file spliced: shared steps, then the replies in the new order. */
function region(g: NewGraph, old: OldFile | null, r: RegionLayout, render: PieceRender, out: ByteCounter): RegionLayout {
  const own: OwnItem[] = g.items.map((item) => ('old' in item ? { old: item.old } : { elements: fragmentElements(item.fragment, r.group) }));
  return spliceRegion(old, r, g.changes.shared.get(r.group) ?? [], own, r.group.startsWith('n '), render, g.changes.degreeChange, out);
}

/** graph.gexf spliced: its head (declarations from the updated signatures) written anew, every region spliced. */
export function spliceGexf(path: string, layout: OutputLayout, g: NewGraph): OutputLayout {
  const regionsNow = newRegions(g, layout);
  const sigs = { ...(layout.signatures.nodes ?? {}) };
  for (const [group, e, n] of movements(g)) if (group.startsWith('n ')) countNodeSignatures(e.attributes as unknown as Record<string, unknown>, sigs, n);
  const old = OldFile.open(path);
  try {
    const regions: RegionLayout[] = [];
    writeFileAtomicSync(path, (sink) => {
      const out = new ByteCounter(sink);
      out.write(gexfHead(g.attributes, sigs, g.size > 0, 'utf16'));
      let between = false;
      for (const r of regionsNow) {
        const nodes = r.group.startsWith('n ');
        if (!nodes && !between) {
          out.write(GEXF_BETWEEN);
          between = true;
        }
        const label = r.group.slice(2);
        const render: PieceRender = { node: (n) => gexfNode(n, label, 'utf16'), edge: (e) => gexfEdge(e, 'utf16'), degrees: true };
        regions.push(region(g, old, r, render, out));
      }
      if (!between) out.write(GEXF_BETWEEN);
      out.write(GEXF_TAIL);
    });
    return { format: layout.format, files: [{ file: '', regions }], signatures: { nodes: sigs } };
  } finally {
    old.close();
  }
}

/** Bytes read of a row to decide whether a statement starts before it (more than startsStatement looks at). */
const ROW_HEAD = 512;

/** How a Cypher row's place as first of its group is changed: statements are cut by the rows' own bytes (startsStatement). */
export function cypherRender(frame: GroupFrame): PieceRender {
  const between = Buffer.byteLength(frame.between);
  return {
    node: (n, first) => rowPiece(cypherNodeRow(n, 'utf16'), first, frame, 'utf16', DEFAULT_BATCH_SIZE),
    edge: (e, first) => rowPiece(cypherEdgeRow(e, 'utf16'), first, frame, 'utf16', DEFAULT_BATCH_SIZE),
    reframe(head, wasFirst) {
      if (wasFirst) {
        // the row: a line of its own, up to the separator or statement end after it
        let row = head(ROW_HEAD).toString('latin1');
        const nl = row.indexOf('\n');
        if (nl >= 0) row = row.slice(0, row[nl - 1] === ',' ? nl - 1 : nl);
        return { strip: 0, prefix: startsStatement(row, 'utf8-bytes', DEFAULT_BATCH_SIZE) ? frame.between : ',\n' };
      }
      return { strip: head(2).toString('latin1') === ',\n' ? 2 : between, prefix: '' };
    },
    degrees: false,
  };
}

/** graph.cypher spliced: the head and each group's framing written anew (counts), every region spliced. */
export function spliceCypher(path: string, layout: OutputLayout, g: NewGraph): OutputLayout {
  const regionsNow = newRegions(g, layout);
  const old = OldFile.open(path);
  try {
    const regions: RegionLayout[] = [];
    writeFileAtomicSync(path, (sink) => {
      const out = new ByteCounter(sink);
      out.write(cypherHead(g.order, g.size));
      for (const r of regionsNow) {
        const name = r.group.slice(2);
        const count = countOf(g, r);
        let frame: GroupFrame;
        if (r.group.startsWith('n ')) frame = nodeGroupFrame(name as NodeType, count);
        else {
          const [type, from, to] = name.split('.') as [EdgeType, NodeType, NodeType];
          frame = relationshipGroupFrame(type, from, to, count);
        }
        out.write(frame.open);
        regions.push(region(g, old, r, cypherRender(frame), out));
        out.write(frame.close);
      }
    });
    return { format: layout.format, files: [{ file: '', regions }], signatures: {} };
  } finally {
    old.close();
  }
}

/** csv/ spliced: a file per region, its header kept (its columns must not change) or, for a group new to the graph, written; its rows spliced; import.sh and schema.cypher written anew. */
export async function spliceCsv(dir: string, layout: OutputLayout, g: NewGraph): Promise<OutputLayout> {
  const regionsNow = newRegions(g, layout);
  const fileOf = new Map(layout.files.map((f) => [f.regions[0]!.group, f.file]));
  const sigs: Record<string, Record<string, number>> = {};
  for (const [k, v] of Object.entries(layout.signatures)) sigs[k] = { ...v };
  for (const [group, e, n] of movements(g)) {
    const props = group.startsWith('n ') ? nodeProperties(e.key, e.attributes as unknown as Record<string, unknown>) : edgeProperties(e.key, e.attributes as unknown as Record<string, unknown>);
    countRowSignatures(props, (sigs[group] ??= {}), n);
  }
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const r of regionsNow) {
    if (fileOf.has(r.group) && !same(columnsOf(sigs[r.group] ?? {}), columnsOf(layout.signatures[r.group] ?? {}))) throw new SpliceError(`the columns of ${fileOf.get(r.group)} change`);
  }
  const tmp = tempSibling(dir);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const files: FileLayout[] = [];
  const result: NeoCsvResult = { nodeFiles: [], relationshipFiles: [], command: '' };
  try {
    for (const r of regionsNow) {
      const name = r.group.slice(2);
      const nodes = r.group.startsWith('n ');
      const [type, from, to] = name.split('.') as [EdgeType, NodeType, NodeType];
      const file = fileOf.get(r.group) ?? (nodes ? nodeFileName(name) : relationshipFileName({ type, from, to }));
      const count = countOf(g, r);
      const old = fileOf.has(r.group) ? OldFile.open(join(dir, file)) : null;
      const fd = openSync(join(tmp, file), 'w');
      try {
        const sink = new SyncByteSink(fd);
        const out = new ByteCounter(sink);
        let render: PieceRender;
        if (nodes) {
          const props = nodeColumns(sigs[r.group] ?? {});
          out.write(old ? old.read(0, r.start) : nodeHeader(name, props));
          render = { node: (n) => nodeRecord(n.key, name, nodeProperties(n.key, n.attributes as unknown as Record<string, unknown>), props, 'utf16'), edge: () => '', degrees: false };
          result.nodeFiles.push({ file, label: name, rows: count });
        } else {
          const props = columnsOf(sigs[r.group] ?? {});
          out.write(old ? old.read(0, r.start) : relationshipHeader({ from, to }, props));
          render = { node: () => '', edge: (e) => relationshipRecord(e.source, e.target, type, edgeProperties(e.key, e.attributes as unknown as Record<string, unknown>), props, 'utf16'), degrees: false };
          result.relationshipFiles.push({ file, type, from, to, rows: count });
        }
        files.push({ file, regions: [region(g, old, r, render, out)] });
        sink.flush();
      } finally {
        closeSync(fd);
        old?.close();
      }
    }
    await writeCsvExtras(tmp, result, undefined);
    await replaceDir(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const kept = new Set(regionsNow.map((r) => r.group));
  return { format: layout.format, files, signatures: Object.fromEntries(Object.entries(sigs).filter(([k]) => kept.has(k))) };
}

/** Splice one output of a format (gexf, cypher, csv) from its layout; its new layout. */
export async function spliceOutput(format: string, path: string, layout: OutputLayout, g: NewGraph): Promise<OutputLayout> {
  switch (format) {
    case 'gexf':
      return spliceGexf(path, layout, g);
    case 'cypher':
      return spliceCypher(path, layout, g);
    case 'csv':
      return spliceCsv(path, layout, g);
    default:
      throw new SpliceError(`${format} is not spliced`);
  }
}
