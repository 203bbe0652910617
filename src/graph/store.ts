import { EDGE_TYPES, NODE_TYPES, typeOfKey, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from '../ontology/index.js';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fragmentOps, type ReplyFragment } from './fragment.js';
import type { FrozenManifest } from './frozen.js';
import { replayOps, SharedGraph } from './shared.js';
import type { EntryAids } from './shared-entry.js';
import { Spool } from './spool.js';
import { compareEdgeGroups } from './group-order.js';
import { parseJsonIn, type StringForm } from './string-form.js';
import { writeLines } from './write-lines.js';
import type { ReplyGraph } from './types.js';

export interface StoredNode {
  key: string;
  attributes: NodeAttributes;
  /** edges touching the node, in the whole graph */
  degree: number;
}

export interface StoredEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** The edges of one type between two labels. */
export interface EdgeGroup {
  type: string;
  from: string;
  to: string;
  count: number;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What exporters read of a graph, group by group (GraphStore, or a
 * FrozenStore in another thread): labels and edge groups in ontology order,
 * each one's nodes or edges streamed, shared ones first, sorted by key.
 */
export interface StoreReader {
  /** how its strings hold text (graph/string-form.ts): exporters write them with SINK_ENCODING[stringForm] */
  readonly stringForm: StringForm;
  readonly attributes: GraphAttributes;
  readonly order: number;
  readonly size: number;
  labels(): string[];
  countOf(label: string): number;
  nodesOf(label: string): AsyncGenerator<StoredNode>;
  edgeGroups(): EdgeGroup[];
  edgesOf(g: Pick<EdgeGroup, 'type' | 'from' | 'to'>): AsyncGenerator<StoredEdge>;
  /**
   * The edges of a group that show every attribute and value type its edges
   * have: the shared ones, and the first spooled one — every spooled edge is
   * written by graph/fragment.ts with the same attributes (type, replies,
   * evidence, weight) of the same types, so one stands for all.
   */
  edgeShapesOf(g: Pick<EdgeGroup, 'type' | 'from' | 'to'>): AsyncGenerator<StoredEdge>;
  /** a key of a node of the label, for messages (undefined when unknown) */
  someNodeOf(label: string): string | undefined;
}

/**
 * The built graph: the part replies share (entities, proposals and the edges
 * between them) in a graphology graph, and every reply's own nodes and edges
 * (Reply, Measure, Metric and what touches them) spooled as serialised lines,
 * grouped by label and by edge type and end labels. Exporters read it group
 * by group; memory holds the shared graph only, whatever the corpus size.
 * Output order is deterministic: shared items sorted by key, then each
 * spooled group in the order of the sorted input files.
 */
export class GraphStore implements StoreReader {
  readonly stringForm = 'utf16';
  private readonly replyIds = new Set<string>();
  /** degree added to shared nodes by spooled edges */
  private readonly extraDegree = new Map<string, number>();

  private constructor(
    readonly shared: ReplyGraph,
    private readonly spool: Spool,
    private readonly sink: SharedGraph | null,
  ) {}

  /** An empty store: spooled lines in `spoolDir` (created, removed by dispose), or in memory when null. */
  static create(extractorVersion: string, spoolDir: string | null = null): GraphStore {
    const sink = new SharedGraph(extractorVersion);
    return new GraphStore(sink.graph, new Spool(spoolDir), sink);
  }

  /** A store over a whole graph held in graphology (nothing spooled): for graphs read from graph.json. */
  static fromGraph(graph: ReplyGraph): GraphStore {
    return new GraphStore(graph, new Spool(null), null);
  }

  /** Add a reply's fragment: replay its shared operations, spool its own lines. Throws on a reply id seen before. */
  add(f: ReplyFragment): void {
    this.sharedIndex = null;
    if (!this.sink) throw new Error('graph store: read-only');
    if (this.replyIds.has(f.id)) throw new Error(`${f.file}: duplicate reply id ${f.id}`);
    this.replyIds.add(f.id);
    replayOps(fragmentOps(f), this.sink);
    for (const [g, lines, n] of f.nodes) this.spool.append(`n ${g}`, lines, n);
    for (const [g, lines, n] of f.edges) this.spool.append(`e ${g}`, lines, n);
    for (const [k, n] of f.sharedDegrees) this.extraDegree.set(k, (this.extraDegree.get(k) ?? 0) + n);
    this.shared.setAttribute('replies', this.replyIds.size);
  }

  /** Per shared node, what taking a reply out of it again needs (graph/shared-entry.ts); empty for a store read from a file. */
  sharedAids(): ReadonlyMap<string, EntryAids> {
    return this.sink?.aids ?? new Map();
  }

  get attributes(): GraphAttributes {
    return this.shared.getAttributes();
  }

  private spooled(prefix: 'n' | 'e'): string[] {
    return this.spool.groupNames().filter((g) => g.startsWith(`${prefix} `)).map((g) => g.slice(2));
  }

  /** Number of nodes. */
  get order(): number {
    return this.shared.order + this.spooled('n').reduce((n, g) => n + this.spool.count(`n ${g}`), 0);
  }

  /** Number of edges. */
  get size(): number {
    return this.shared.size + this.spooled('e').reduce((n, g) => n + this.spool.count(`e ${g}`), 0);
  }

  /** Node and edge counts by type. */
  typeCounts(): { nodes: Map<string, number>; edges: Map<string, number> } {
    const nodes = new Map<string, number>();
    const edges = new Map<string, number>();
    const add = (m: Map<string, number>, t: string, n: number) => m.set(t, (m.get(t) ?? 0) + n);
    this.shared.forEachNode((_k, a) => add(nodes, a.type, 1));
    this.shared.forEachEdge((_k, a) => add(edges, a.type, 1));
    for (const g of this.spooled('n')) add(nodes, g, this.spool.count(`n ${g}`));
    for (const g of this.spooled('e')) add(edges, g.split('.')[0]!, this.spool.count(`e ${g}`));
    return { nodes, edges };
  }

  /** Degree of a shared node in the whole graph. */
  degree(key: string): number {
    return this.shared.degree(key) + (this.extraDegree.get(key) ?? 0);
  }

  /** Node labels present: the ontology's in ontology order, then any other (a graph read from a file may hold them). */
  labels(): string[] {
    const present = new Set<string>(this.spooled('n'));
    this.shared.forEachNode((_k, a) => present.add(a.type));
    const known = NODE_TYPES.filter((t) => present.has(t));
    return [...known, ...[...present].filter((t) => !(NODE_TYPES as readonly string[]).includes(t)).sort(byString)];
  }

  private sharedIndex: { nodes: Map<string, string[]>; edges: Map<string, string[]> } | null = null;

  /**
   * Shared node keys by label and edge keys by group, sorted: computed once,
   * on the first read (exporters ask group by group; filtering the whole
   * shared graph for each group cost more than writing it). Reads come after
   * the last reply was added.
   */
  private index(): { nodes: Map<string, string[]>; edges: Map<string, string[]> } {
    if (this.sharedIndex) return this.sharedIndex;
    const nodes = new Map<string, string[]>();
    const edges = new Map<string, string[]>();
    const push = (m: Map<string, string[]>, k: string, v: string) => {
      const list = m.get(k);
      if (list) list.push(v);
      else m.set(k, [v]);
    };
    this.shared.forEachNode((key, a) => push(nodes, a.type, key));
    this.shared.forEachEdge((key, a, s, t) => push(edges, `${a.type}.${typeOfKey(s)}.${typeOfKey(t)}`, key));
    for (const list of nodes.values()) list.sort(byString);
    for (const list of edges.values()) list.sort(byString);
    return (this.sharedIndex = { nodes, edges });
  }

  /** The nodes of a label: shared ones sorted by key, or spooled ones in input order. */
  async *nodesOf(label: string): AsyncGenerator<StoredNode> {
    const keys = this.index().nodes.get(label) ?? [];
    for (const key of keys) yield { key, attributes: this.shared.getNodeAttributes(key), degree: this.degree(key) };
    for await (const line of this.spool.lines(`n ${label}`)) yield parseNodeLine(line);
  }

  /** Can the store be frozen (its spool is on disk)? */
  get canFreeze(): boolean {
    return this.spool.onDisk;
  }

  someNodeOf(label: string): string | undefined {
    return this.shared.findNode((_k, a) => a.type === label);
  }

  /**
   * Write the store to a folder as files a FrozenStore reads (frozen.ts):
   * the shared nodes and edges of each group, sorted, and the spool's group
   * files by reference. Only for a store spooled to disk; the store stays usable.
   */
  freeze(dir: string): FrozenManifest {
    if (!this.spool.onDisk) throw new Error('graph store: only a store spooled to disk can be frozen');
    mkdirSync(dir, { recursive: true });
    const index = this.index();
    const files = (kind: 'n' | 'e', name: string, i: number, lines: () => Iterable<string>): string[] => {
      const out: string[] = [];
      const keys = (kind === 'n' ? index.nodes : index.edges).get(name);
      if (keys?.length) {
        const path = join(dir, `${kind}${i}.jsonl`);
        writeLines(path, lines());
        out.push(path);
      }
      const spooled = this.spool.fileOf(`${kind} ${name}`);
      if (spooled) out.push(spooled);
      return out;
    };
    const self = this;
    const labels = this.labels().map((label, i) => ({
      label,
      count: this.countOf(label),
      files: files('n', label, i, function* () {
        for (const key of index.nodes.get(label) ?? []) yield nodeLine(self.degree(key), { key, attributes: self.shared.getNodeAttributes(key) });
      }),
      sample: this.someNodeOf(label) ?? null,
    }));
    const edgeGroups = this.edgeGroups().map((g, i) => ({
      ...g,
      shared: index.edges.get(`${g.type}.${g.from}.${g.to}`)?.length ?? 0,
      files: files('e', `${g.type}.${g.from}.${g.to}`, i, function* () {
        for (const e of self.sharedEdgesOf(g)) yield JSON.stringify(e);
      }),
    }));
    return { attributes: this.attributes, order: this.order, size: this.size, labels, edgeGroups };
  }

  /** Number of nodes of a label. */
  countOf(label: string): number {
    return (this.index().nodes.get(label)?.length ?? 0) + this.spool.count(`n ${label}`);
  }

  /** Edge groups (type and end labels), in ontology order. */
  edgeGroups(): EdgeGroup[] {
    const by = new Map<string, EdgeGroup>();
    const add = (type: string, from: string, to: string, n: number) => {
      const id = `${type}.${from}.${to}`;
      const g = by.get(id);
      if (g) g.count += n;
      else by.set(id, { type, from, to, count: n });
    };
    this.shared.forEachEdge((_k, a, s, t) => add(a.type, typeOfKey(s), typeOfKey(t), 1));
    for (const g of this.spooled('e')) {
      const [type, from, to] = g.split('.') as [string, string, string];
      add(type, from, to, this.spool.count(`e ${g}`));
    }
    return [...by.values()].sort(compareEdgeGroups);
  }

  /** A shared edge as exporters read it (and graph.json holds it). */
  private sharedEdge(key: string): StoredEdge {
    return { key, source: this.shared.source(key), target: this.shared.target(key), attributes: this.shared.getEdgeAttributes(key) };
  }

  /** The shared edges of a group, sorted by key. */
  private *sharedEdgesOf(g: Pick<EdgeGroup, 'type' | 'from' | 'to'>): Generator<StoredEdge> {
    for (const key of this.index().edges.get(`${g.type}.${g.from}.${g.to}`) ?? []) yield this.sharedEdge(key);
  }

  /** The edges of a group: shared ones sorted by key, then spooled ones in input order. */
  async *edgesOf(g: Pick<EdgeGroup, 'type' | 'from' | 'to'>): AsyncGenerator<StoredEdge> {
    yield* this.sharedEdgesOf(g);
    for await (const line of this.spool.lines(`e ${g.type}.${g.from}.${g.to}`)) yield JSON.parse(line) as StoredEdge;
  }

  async *edgeShapesOf(g: Pick<EdgeGroup, 'type' | 'from' | 'to'>): AsyncGenerator<StoredEdge> {
    yield* this.sharedEdgesOf(g);
    for await (const line of this.spool.lines(`e ${g.type}.${g.from}.${g.to}`)) {
      yield JSON.parse(line) as StoredEdge;
      break;
    }
  }

  /** Every shared node as a graph.json line ({"key":…,"attributes":…}), sorted by key. */
  *sharedNodeJsonLines(): Generator<string> {
    for (const key of this.shared.nodes().sort(byString)) yield JSON.stringify({ key, attributes: this.shared.getNodeAttributes(key) });
  }

  /** Every shared edge as a graph.json line, sorted by key. */
  *sharedEdgeJsonLines(): Generator<string> {
    for (const key of this.shared.edges().sort(byString)) yield JSON.stringify(this.sharedEdge(key));
  }

  /**
   * The spooled nodes or edges, group by group in input order, as UTF-8
   * chunks of whole lines: an edge line is its graph.json line; a node line
   * is "degree\t" then its graph.json line (see nodeLine).
   * Bytes, never strings: a graph.json of gigabytes is copied, not parsed.
   */
  async *spooledChunks(kind: 'nodes' | 'edges'): AsyncGenerator<Uint8Array> {
    const k = kind === 'nodes' ? 'n' : 'e';
    for (const g of this.spooled(k)) yield* this.spool.chunks(`${k} ${g}`);
  }

  /**
   * The whole graph in graphology (for small corpora: tests, evaluation): the
   * shared graph with every spooled node and edge added to it. The store must
   * not be used afterwards.
   */
  toGraph(): ReplyGraph {
    const g = this.shared;
    for (const label of this.spooled('n')) {
      for (const line of this.spool.linesSync(`n ${label}`)) {
        const n = parseNodeLine(line);
        g.addNode(n.key, n.attributes);
      }
    }
    for (const group of this.spooled('e')) {
      for (const line of this.spool.linesSync(`e ${group}`)) {
        const e = JSON.parse(line) as StoredEdge;
        g.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
      }
    }
    return g;
  }

  /** Remove spooled files. */
  dispose(remove?: (dir: string) => void): void {
    this.spool.dispose(remove);
  }
}

/** A spooled node line (without its line end): the node's degree, a tab, its graph.json line. parseNodeLine reads it. */
export function nodeLine(degree: number, node: { key: string; attributes: NodeAttributes }): string {
  return `${degree}\t${JSON.stringify(node)}`;
}

export function parseNodeLine(line: string, form: StringForm = 'utf16'): StoredNode {
  const tab = line.indexOf('\t');
  const n = parseJsonIn<{ key: string; attributes: NodeAttributes }>(line.slice(tab + 1), form);
  return { key: n.key, attributes: n.attributes, degree: Number(line.slice(0, tab)) };
}
