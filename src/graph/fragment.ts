import type { Mention, ReplyExtraction, Span } from '../extract/index.js';
import { gazetteer } from '../lexicon/divisions/index.js';
import {
  edgeKey,
  nodeKey,
  typeOfKey,
  type EdgeAttributes,
  type EdgeType,
  type EntityType,
  type Evidence,
  type MeasureNodeAttributes,
  type MetricNodeAttributes,
  type NodeAttributes,
  type ProposalNodeAttributes,
  type ReplyFields,
  type ReplyNodeAttributes,
} from '../ontology/index.js';
import { evidenceOf, MAX_EDGE_EVIDENCE, pushEvidence, sentenceAt } from './evidence.js';
import { MeasureIndex } from './measure-index.js';
import { SharedOpRecorder, type SharedOp, type SharedSink } from './shared.js';
import { nodeLine } from './store.js';

/** Entity types that make a proposal when the salutation names them, beside people (proposers, from the reply's fields). */
const PROPOSING_TYPES: ReadonlySet<string> = new Set(['Agency', 'Organization']);

/** Node types that belong to one reply only: their nodes and every edge touching them travel in the reply's fragment. */
export const REPLY_NODE_TYPES: ReadonlySet<string> = new Set(['Reply', 'Measure', 'Metric']);

/**
 * The entities a reply's fields make nodes of, beside its mentions: the place
 * that runs its programs (its county, else city, else province), the bureau
 * that issued it, and the proposers of a proposal it names. graph.json lists
 * them under the reply, and eval/predict.ts predicts them.
 */
export function fieldEntities(f: ReplyFields): { runner: { type: 'County' | 'City' | 'Province'; name: string } | null; agency: string | null; proposers: string[] } {
  const runner = f.county ? { type: 'County' as const, name: f.county } : f.city ? { type: 'City' as const, name: f.city } : f.province ? { type: 'Province' as const, name: f.province } : null;
  const proposers = f.proposalKind || f.proposalNumber || f.title ? (f.proposers ?? []) : [];
  return { runner, agency: f.agency ?? null, proposers };
}

/**
 * A reply's own share of the graph, serialised once (in the worker thread
 * that extracted it), plus the operations it makes on the shared graph.
 * Lines are graphology's export form, one JSON object each, sorted by key
 * within their group, prefixed by the node's degree and a tab for nodes.
 */
export interface ReplyFragment {
  id: string;
  file: string;
  /**
   * calls on the shared graph, in order, as the JSON text of a SharedOp[]
   * (fragmentOps parses it): a string crosses threads and goes into and out
   * of the cache at a fraction of the cost of the objects (structured clone of
   * a reply's ops took 0.44 ms on the merging thread, JSON.parse 0.16 ms)
   */
  opsJson: string;
  /** node lines by label ("Measure" → "3\t{…}\n2\t{…}\n"), UTF-8: bytes cross threads and reach the spool without becoming strings in the merging thread */
  nodes: [group: string, lines: Uint8Array, count: number][];
  /** edge lines by group "TYPE.FromLabel.ToLabel", UTF-8 */
  edges: [group: string, lines: Uint8Array, count: number][];
  /** edges of this reply that end at shared nodes, by shared node (their degree grows) */
  sharedDegrees: [key: string, n: number][];
}

interface LocalEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

const utf8 = new TextEncoder();
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Group id of an edge: its type and the labels of its ends (one neo4j-admin file, one MERGE shape). */
export function edgeGroup(type: string, source: string, target: string): string {
  return `${type}.${typeOfKey(source)}.${typeOfKey(target)}`;
}

/**
 * Builds one reply's part of the graph: its Reply, Measure and Metric nodes
 * and the edges that touch them go into the fragment; entities, proposals
 * and edges between them go to `shared`.
 */
class FragmentBuilder {
  private readonly nodes = new Map<string, NodeAttributes>();
  private readonly edges = new Map<string, LocalEdge>();

  constructor(private readonly shared: SharedSink) {}

  node(key: string, attrs: NodeAttributes): void {
    if (!this.nodes.has(key)) this.nodes.set(key, attrs);
  }

  hasNode(key: string): boolean {
    return this.nodes.has(key);
  }

  /** Add or strengthen an edge; evidence is capped, weight counts every sighting. */
  edge(type: EdgeType, source: string, target: string, reply: string, evidence?: Evidence): void {
    if (source === target) return;
    if (!this.nodes.has(source) && !this.nodes.has(target)) {
      this.shared.edge(type, source, target, reply, evidence);
      return;
    }
    const key = edgeKey(type, source, target);
    let e = this.edges.get(key);
    if (!e) this.edges.set(key, (e = { key, source, target, attributes: { type, replies: [reply], evidence: [], weight: 0 } }));
    e.attributes.weight++;
    if (evidence) pushEvidence(e.attributes.evidence, evidence, MAX_EDGE_EVIDENCE);
  }

  finish(id: string, file: string, ops: readonly SharedOp[]): ReplyFragment {
    const degree = new Map<string, number>();
    const bump = (k: string) => degree.set(k, (degree.get(k) ?? 0) + 1);
    const edgeGroups = new Map<string, LocalEdge[]>();
    for (const e of this.edges.values()) {
      bump(e.source);
      bump(e.target);
      const g = edgeGroup(e.attributes.type, e.source, e.target);
      let list = edgeGroups.get(g);
      if (!list) edgeGroups.set(g, (list = []));
      list.push(e);
    }
    const nodeGroups = new Map<string, { key: string; attributes: NodeAttributes }[]>();
    for (const [key, attributes] of this.nodes) {
      let list = nodeGroups.get(attributes.type);
      if (!list) nodeGroups.set(attributes.type, (list = []));
      list.push({ key, attributes });
    }
    const sorted = <T>(m: Map<string, T>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return {
      id,
      file,
      opsJson: JSON.stringify(ops),
      nodes: sorted(nodeGroups).map(([g, list]) => [g, utf8.encode(list.sort(byKey).map((n) => `${nodeLine(degree.get(n.key) ?? 0, n)}\n`).join('')), list.length]),
      edges: sorted(edgeGroups).map(([g, list]) => [g, utf8.encode(list.sort(byKey).map((e) => `${JSON.stringify(e)}\n`).join('')), list.length]),
      sharedDegrees: [...degree].filter(([k]) => !this.nodes.has(k)).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    };
  }
}

/** The calls a fragment makes on the shared graph. */
export function fragmentOps(f: Pick<ReplyFragment, 'opsJson'>): SharedOp[] {
  return JSON.parse(f.opsJson) as SharedOp[];
}

/**
 * The fragment of one reply. Its shared operations are recorded, to be
 * replayed on the shared graph by whoever merges fragments.
 */
export function replyFragment(x: ReplyExtraction): ReplyFragment {
  const recorder = new SharedOpRecorder();
  const b = new FragmentBuilder(recorder);
  const id = x.id;
  const f = x.fields;
  const fields = fieldEntities(f);
  const replyKey = nodeKey('Reply', id);
  const replyAttrs: ReplyNodeAttributes = { type: 'Reply', name: f.title ?? id, id, file: x.file, length: x.length, replies: [id], ...f };
  b.node(replyKey, replyAttrs);

  const ev = (span: Span, mention?: Span) => evidenceOf(id, sentenceAt(x.sentences, span, x.text), mention);
  const measures = new MeasureIndex(x.measures);
  const measureKey = (path: string) => nodeKey('Measure', `${id}#${path}`);
  const holder = (span: Span) => {
    const m = measures.at(span);
    return m ? measureKey(m.path) : replyKey;
  };

  // Proposal, proposers, issuing agency
  let proposalKey: string | null = null;
  if (f.proposalKind || f.proposalNumber || f.title) {
    const pk =
      f.proposalNumber && f.session
        ? nodeKey('Proposal', [f.city ?? f.province ?? '', f.session, f.proposalKind ?? '', f.proposalNumber].join('|'))
        : nodeKey('Proposal', id);
    const name = f.title ?? `${f.session ?? ''}第${f.proposalNumber ?? '?'}号${f.proposalKind ?? ''}`;
    const p: ProposalNodeAttributes = {
      type: 'Proposal', name, replies: [], proposalKind: f.proposalKind, proposalNumber: f.proposalNumber, session: f.session, title: f.title, city: f.city,
    };
    recorder.proposal(pk, p, id);
    proposalKey = pk;
    b.edge('ANSWERS', replyKey, pk, id);
    for (const person of fields.proposers) recorder.edge('PROPOSED', recorder.entity('Person', person, id), pk, id);
  }
  if (fields.agency) b.edge('ISSUED', recorder.entity('Agency', fields.agency, id), replyKey, id);

  // Measures
  for (const m of x.measures) {
    const attrs: MeasureNodeAttributes = {
      type: 'Measure', name: m.heading || m.text.slice(0, 40), replies: [id], reply: id, heading: m.heading, text: m.text,
      parent: m.parentPath ? measureKey(m.parentPath) : null, level: m.level, marker: m.marker, status: m.status, start: m.start, end: m.end,
    };
    b.node(measureKey(m.path), attrs);
  }
  for (const m of x.measures) b.edge('HAS_MEASURE', m.parentPath ? measureKey(m.parentPath) : replyKey, measureKey(m.path), id);

  // Entities
  // a county is keyed by its division (namesakes apart: graph/entity-key.ts): the code its mention
  // in this reply carries, else the one the reply's city and province resolve its name to
  const countyCodes = new Map<string, string>();
  for (const m of x.mentions) if (m.type === 'County' && m.code && !countyCodes.has(m.name)) countyCodes.set(m.name, m.code);
  const countyCode = (name: string) => countyCodes.get(name) ?? gazetteer().resolve(name, { province: f.province, city: f.city })?.code;
  const place = (type: EntityType, name: string) => recorder.entity(type, name, id, undefined, type === 'County' ? countyCode(name) : undefined);
  const runner = fields.runner ? place(fields.runner.type, fields.runner.name) : null;
  for (const m of x.mentions) addMention(m);

  // Metrics
  for (const mt of x.metrics) {
    const key = nodeKey('Metric', `${id}@${mt.start}`);
    const attrs: MetricNodeAttributes = {
      type: 'Metric', name: mt.surface, replies: [id], reply: id, value: mt.value, unit: mt.unit, counts: mt.counts, year: mt.year,
      surface: mt.surface, start: mt.start, end: mt.end,
    };
    b.node(key, attrs);
    b.edge('REPORTS', holder(mt), key, id, ev(mt, mt));
  }

  // Relations stated in the text or implied by the gazetteer
  for (const r of x.relations) {
    const from = place(r.from.type, r.from.name);
    const to = place(r.to.type, r.to.name);
    b.edge(r.type, from, to, id, ev(r.evidence));
  }
  return b.finish(id, x.file, recorder.ops);

  function addMention(m: Mention): void {
    const key = recorder.entity(m.type, m.name, id, m.surface, m.code);
    recorder.aliases(key, (m.aliases ?? []).filter((a) => a !== m.name));
    const e = ev(m, m);
    recorder.evidence(key, e);
    const h = holder(m);
    b.edge('MENTIONS', h, key, id, e);
    if (m.type === 'Policy') b.edge('CITES', h, key, id, e);
    if (m.type === 'Program' && runner) b.edge('RUNS', runner, key, id, e);
    // a body the salutation addresses made the proposal (民革吕梁市委员会、张晓东委员：); people come from the fields
    if (proposalKey && PROPOSING_TYPES.has(m.type) && x.salutation && x.salutation.start <= m.start && m.end <= x.salutation.end) {
      recorder.edge('PROPOSED', key, proposalKey, id, e);
    }
  }
}
