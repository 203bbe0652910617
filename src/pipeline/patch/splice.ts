import type { SyncByteSink } from '../../export/atomic.js';
import type { ReplyFragment } from '../../graph/index.js';
import type { ReplyRecord } from '../snapshot/index.js';
import { typeOfKey } from '../../ontology/index.js';
import { JsonArrayWriter } from './array-writer.js';
import { LineCursor } from './line-cursor.js';
import { PatchError, type SharedEdgeLine, type SharedNodeLine, type SharedPatch } from './shared-patch.js';
import { edgeGroupOf, edgeGroupOfKey, nodeGroupOf, type GraphChanges } from './changes.js';
import type { StoredNode } from '../../graph/index.js';

/** A reply of the new build: kept from the previous one (its index there), or added (its fragment). */
export type BuildItem = { old: number } | { fragment: ReplyFragment };

export interface SpliceResult {
  /** the graph's attributes */
  attributes: Record<string, unknown>;
  sharedNodes: number;
  sharedEdges: number;
  nodeTypes: Map<string, number>;
  edgeTypes: Map<string, number>;
}

const utf8 = new TextDecoder();
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const KEY_HEAD = '{"key":"';

/** The key of a graph.json element line, read without parsing the rest. */
export function keyOfLine(line: Uint8Array): string {
  if (utf8.decode(line.subarray(0, KEY_HEAD.length)) !== KEY_HEAD) throw new PatchError('graph.json: an element does not start with its key');
  let i = KEY_HEAD.length;
  while (i < line.length && line[i] !== QUOTE) i += line[i] === BACKSLASH ? 2 : 1;
  if (i >= line.length) throw new PatchError('graph.json: an element key does not end');
  return jsonOf<string>(utf8.decode(line.subarray(KEY_HEAD.length - 1, i + 1)));
}

/** An element line without its trailing comma. */
const element = (line: Uint8Array) => (line[line.length - 1] === COMMA ? line.subarray(0, line.length - 1) : line);
/** JSON that graph.json should hold: anything else means it is not the file the snapshot describes. */
function jsonOf<T>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new PatchError(`graph.json: ${(e as Error).message}`);
  }
}
const parse = <T>(line: Uint8Array) => jsonOf<T>(utf8.decode(element(line)));
const add = (m: Map<string, number>, t: string, n: number) => n && m.set(t, (m.get(t) ?? 0) + n);

function expectLine(cursor: LineCursor, what: string, test: (l: string) => boolean): string {
  const l = cursor.line();
  const s = l === null ? null : utf8.decode(l);
  if (s === null || !test(s)) throw new PatchError(`graph.json: expected ${what} at byte ${cursor.offset}`);
  return s;
}

/**
 * Write the new graph.json from the previous one: its shared elements merged
 * by key with the patched and new ones, each reply's own lines copied as
 * runs of bytes (replies taken out skipped, added replies' lines put in
 * their place in build order). Throws PatchError when the previous file is
 * not the one the snapshot describes.
 */
export function spliceGraphJson(
  oldPath: string,
  out: SyncByteSink,
  previous: readonly ReplyRecord[],
  sharedCounts: { nodes: number; edges: number },
  order: readonly BuildItem[],
  patch: SharedPatch,
  /** filled with what changed, for splicing the other outputs (null: not asked) */
  changes: GraphChanges | null = null,
): SpliceResult {
  const cursor = LineCursor.open(oldPath);
  const result: SpliceResult = { attributes: {}, sharedNodes: 0, sharedEdges: 0, nodeTypes: new Map(), edgeTypes: new Map() };
  try {
    const options = expectLine(cursor, 'the options', (l) => l.startsWith('{"options":'));
    const attrsLine = expectLine(cursor, 'the attributes', (l) => l.startsWith('"attributes":') && l.endsWith(','));
    const attributes = jsonOf<Record<string, unknown>>(attrsLine.slice('"attributes":'.length, -1));
    attributes.replies = order.length;
    result.attributes = attributes;
    expectLine(cursor, 'the nodes', (l) => l === '"nodes":[');
    out.write(`${options}\n"attributes":${JSON.stringify(attributes)},\n"nodes":[`);

    const deleted = new Set<string>();
    const nodes = new JsonArrayWriter(out);
    const patchedNode = (key: string, line: Uint8Array | null) => {
      const r = patch.node(key, line ? parse<SharedNodeLine>(line) : null);
      if (!r) deleted.add(key);
      return r;
    };
    const touched = (k: string) => patch.touched(k);
    result.sharedNodes = mergeShared(cursor, sharedCounts.nodes, patch.addedKeys('node'), nodes, result.nodeTypes, touched, patchedNode, null, changes && nodeNotes(changes));
    copyOwn(cursor, 'n', previous, order, nodes, result.nodeTypes, changes);
    expectLine(cursor, 'the end of the nodes', (l) => l === '],');
    expectLine(cursor, 'the edges', (l) => l === '"edges":[');
    out.write('\n],\n"edges":[');

    const edges = new JsonArrayWriter(out);
    const ends = (e: { source: string; target: string }, key: string) => {
      if (deleted.has(e.source) || deleted.has(e.target)) throw new PatchError(`${key}: an end of the edge is no longer in the graph`);
    };
    const patchedEdge = (key: string, line: Uint8Array | null) => {
      const r = patch.edge(key, line ? parse<SharedEdgeLine>(line) : null);
      if (r) ends(r, key);
      return r;
    };
    const checkKept = deleted.size ? (key: string, line: Uint8Array) => ends(parse<SharedEdgeLine>(line), key) : null;
    result.sharedEdges = mergeShared(cursor, sharedCounts.edges, patch.addedKeys('edge'), edges, result.edgeTypes, touched, patchedEdge, checkKept, changes && edgeNotes(changes));
    copyOwn(cursor, 'e', previous, order, edges, result.edgeTypes, changes);
    expectLine(cursor, 'the end of the edges', (l) => l === ']}');
    if ((cursor.line()) !== null) throw new PatchError('graph.json: bytes after the end');
    out.write('\n]}\n');
    return result;
  } finally {
    cursor.close();
  }
}

/** What mergeShared tells a GraphChanges: a touched key's old and new element, an untouched key's line. */
interface SharedNotes {
  changed(key: string, old: Uint8Array | null, now: object | null): void;
  kept(key: string, line: Uint8Array): void;
}

/**
 * The shared elements at the head of an array: the previous ones (sorted by
 * key) merged with the keys the patch adds; touched keys re-serialised,
 * the others copied. Returns how many were written.
 */
function mergeShared(
  cursor: LineCursor,
  count: number,
  addedKeys: readonly string[],
  out: JsonArrayWriter,
  types: Map<string, number>,
  touched: (key: string) => boolean,
  patched: (key: string, line: Uint8Array | null) => object | null,
  checkKept: ((key: string, line: Uint8Array) => void) | null = null,
  notes: SharedNotes | null = null,
): number {
  const before = out.count;
  let next = 0;
  const emit = (key: string, line: Uint8Array | null) => {
    const old = notes && line ? Buffer.from(line) : null; // patched() may change what it parses
    const r = patched(key, line);
    if (r) {
      out.element(JSON.stringify(r));
      add(types, typeOfKey(key), 1);
    }
    notes?.changed(key, old, r);
  };
  for (let i = 0; i < count; i++) {
    const line = cursor.line();
    if (line === null) throw new PatchError('graph.json: fewer shared elements than the snapshot says');
    const key = keyOfLine(line);
    while (next < addedKeys.length && addedKeys[next]! < key) emit(addedKeys[next++]!, null);
    if (next < addedKeys.length && addedKeys[next] === key) next++;
    if (touched(key)) {
      emit(key, line);
    } else {
      checkKept?.(key, line);
      notes?.kept(key, line);
      out.element(element(line));
      add(types, typeOfKey(key), 1);
    }
  }
  while (next < addedKeys.length) emit(addedKeys[next++]!, null);
  return out.count - before;
}

/** SharedNotes that fill a GraphChanges: nodes. */
function nodeNotes(changes: GraphChanges): SharedNotes {
  const asNode = (n: SharedNodeLine): StoredNode => ({ key: n.key, attributes: n.attributes, degree: 0 });
  return {
    changed(key, old, now) {
      const group = nodeGroupOf(key);
      const o = old ? asNode(parse<SharedNodeLine>(old)) : null;
      const n = now ? asNode(now as SharedNodeLine) : null;
      if (o && n) changes.step(group, { replace: n, old: o });
      else if (o) changes.step(group, { drop: true, old: o });
      else if (n) changes.step(group, { add: n });
    },
    kept(key, line) {
      const group = nodeGroupOf(key);
      if (changes.degreeCandidates.has(key)) changes.step(group, { same: asNode(parse<SharedNodeLine>(line)) });
      else changes.keep(group);
    },
  };
}

/** SharedNotes that fill a GraphChanges: edges (and the degrees of their ends). */
function edgeNotes(changes: GraphChanges): SharedNotes {
  return {
    changed(_key, old, now) {
      const o = old ? parse<SharedEdgeLine>(old) : null;
      const n = now as SharedEdgeLine | null;
      const e = (n ?? o)!;
      const group = edgeGroupOf(e.attributes.type, e.source, e.target);
      if (o && n) changes.step(group, { replace: n, old: o });
      else if (o) {
        changes.step(group, { drop: true, old: o });
        changes.addDegree(o.source, -1);
        changes.addDegree(o.target, -1);
      } else if (n) {
        changes.step(group, { add: n });
        changes.addDegree(n.source, 1);
        changes.addDegree(n.target, 1);
      }
    },
    kept(key, line) {
      let group = edgeGroupOfKey(key);
      if (group === null) {
        const e = parse<SharedEdgeLine>(line);
        group = edgeGroupOf(e.attributes.type, e.source, e.target);
      }
      changes.keep(group);
    },
  };
}

/**
 * The replies' own lines of one array, group by group (spool groups sorted,
 * as writeGraphJson writes them): for each group, the previous build's lines
 * are read in its reply order — kept replies' runs copied (consecutive ones
 * as one run), removed ones skipped — and added replies' lines put in at
 * their place in the new order.
 */
function copyOwn(
  cursor: LineCursor,
  kind: 'n' | 'e',
  previous: readonly ReplyRecord[],
  order: readonly BuildItem[],
  out: JsonArrayWriter,
  types: Map<string, number>,
  changes: GraphChanges | null,
): void {
  const groups = new Set<string>();
  for (const r of previous) for (const g of Object.keys(r.groups)) if (g[0] === kind) groups.add(g);
  for (const item of order) if ('fragment' in item) for (const [g] of kind === 'n' ? item.fragment.nodes : item.fragment.edges) groups.add(`${kind} ${g}`);
  const nodeLines = kind === 'n';
  for (const g of [...groups].sort()) {
    const name = g.slice(2);
    const type = nodeLines ? name : name.slice(0, name.indexOf('.'));
    // removed replies' lines: skipped, or read when their elements are asked for
    const skipOwn = (n: number) => {
      if (!changes) return cursor.run(n, null);
      for (let i = 0; i < n; i++) {
        const line = cursor.line();
        if (line === null) throw new PatchError('graph.json: fewer lines than the snapshot says');
        const e = parse<SharedNodeLine | SharedEdgeLine>(line);
        changes.removedOwnElement(g, nodeLines ? { key: e.key, attributes: e.attributes as SharedNodeLine['attributes'], degree: 0 } : (e as SharedEdgeLine));
      }
    };
    let at = 0; // next previous reply whose lines of g are unread
    let pending = 0; // lines of consecutive kept replies not yet copied
    const copyPending = () => {
      const n = pending;
      pending = 0;
      out.run(n, (emit) => cursor.run(n, emit));
      add(types, type, n);
    };
    for (const item of order) {
      if ('old' in item) {
        if (item.old < at) throw new PatchError('the kept replies are not in their previous order');
        if (item.old > at) {
          copyPending();
          let skip = 0;
          for (; at < item.old; at++) skip += previous[at]!.groups[g] ?? 0;
          skipOwn(skip);
        }
        pending += previous[at]!.groups[g] ?? 0;
        at++;
      } else {
        copyPending();
        const f = item.fragment;
        for (const [fg, lines, n] of nodeLines ? f.nodes : f.edges) {
          if (fg !== name) continue;
          out.spooled(lines, n, nodeLines);
          add(types, type, n);
        }
      }
    }
    copyPending();
    let skip = 0;
    for (; at < previous.length; at++) skip += previous[at]!.groups[g] ?? 0;
    skipOwn(skip);
  }
}
