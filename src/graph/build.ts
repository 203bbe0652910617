import graphology from 'graphology';
import type { Mention, ReplyExtraction, Span } from '../extract/index.js';
import {
  edgeKey,
  nodeKey,
  type EdgeAttributes,
  type EdgeType,
  type EntityNodeAttributes,
  type EntityType,
  type Evidence,
  type MeasureNodeAttributes,
  type MetricNodeAttributes,
  type NodeAttributes,
  type ProposalNodeAttributes,
  type ReplyNodeAttributes,
} from '../ontology/index.js';
import { evidenceOf, MAX_EDGE_EVIDENCE, MAX_NODE_EVIDENCE, pushEvidence, sentenceAt } from './evidence.js';
import { MeasureIndex } from './measure-index.js';
import type { ReplyGraph } from './types.js';

const { MultiDirectedGraph } = graphology;

export const GENERATOR = 'replygraph';

/**
 * Insert into a sorted list of unique strings. Replies arrive in sorted
 * order, so the common case is an append (O(1)); otherwise a binary search.
 * (includes + sort on every call made a build quadratic in the corpus size.)
 */
function addSorted(list: string[], value: string): void {
  const n = list.length;
  if (n === 0 || list[n - 1]! < value) {
    list.push(value);
    return;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== value) list.splice(lo, 0, value);
}

/**
 * Builds the knowledge graph one reply at a time. Keeps only what nodes and
 * edges need (names, evidence sentences), never the replies' full texts.
 * Adding the same replies in the same order gives the same graph.
 */
export class GraphBuilder {
  readonly graph: ReplyGraph;
  private replyCount = 0;

  constructor(extractorVersion: string) {
    this.graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false }) as ReplyGraph;
    this.graph.replaceAttributes({ name: 'replygraph', generator: GENERATOR, extractorVersion, replies: 0 });
  }

  /** The entity node of a type and canonical name, created on first sight. */
  entity(type: EntityType, name: string, reply: string, alias?: string, code?: string): string {
    const key = nodeKey(type, name);
    if (!this.graph.hasNode(key)) {
      const attrs: EntityNodeAttributes = { type, name, aliases: [], replies: [], evidence: [], ...(code ? { code } : {}) };
      this.graph.addNode(key, attrs);
    }
    const a = this.graph.getNodeAttributes(key) as EntityNodeAttributes;
    addSorted(a.replies, reply);
    if (alias && alias !== name) addSorted(a.aliases, alias);
    if (code && !a.code) a.code = code;
    return key;
  }

  /** Add or strengthen an edge; evidence is capped, weight counts every sighting. */
  edge(type: EdgeType, source: string, target: string, reply: string, evidence?: Evidence): void {
    if (source === target) return;
    const key = edgeKey(type, source, target);
    if (!this.graph.hasEdge(key)) this.graph.addDirectedEdgeWithKey(key, source, target, { type, replies: [], evidence: [], weight: 0 });
    const a = this.graph.getEdgeAttributes(key);
    a.weight++;
    addSorted(a.replies, reply);
    if (evidence) pushEvidence(a.evidence, evidence, MAX_EDGE_EVIDENCE);
  }

  addReply(x: ReplyExtraction): void {
    const id = x.id;
    const g = this.graph;
    const f = x.fields;
    const replyKey = nodeKey('Reply', id);
    const replyAttrs: ReplyNodeAttributes = { type: 'Reply', name: f.title ?? id, id, file: x.file, length: x.length, replies: [id], ...f };
    if (g.hasNode(replyKey)) throw new Error(`${x.file}: duplicate reply id ${id}`);
    g.addNode(replyKey, replyAttrs);
    this.replyCount++;
    g.setAttribute('replies', this.replyCount);

    const ev = (span: Span, mention?: Span) => evidenceOf(id, sentenceAt(x.sentences, span, x.text), mention);
    const measures = new MeasureIndex(x.measures);
    const measureKey = (path: string) => nodeKey('Measure', `${id}#${path}`);
    const holder = (span: Span) => {
      const m = measures.at(span);
      return m ? measureKey(m.path) : replyKey;
    };

    // Proposal, proposers, issuing agency
    if (f.proposalKind || f.proposalNumber || f.title) {
      const pk =
        f.proposalNumber && f.session
          ? nodeKey('Proposal', [f.city ?? f.province ?? '', f.session, f.proposalKind ?? '', f.proposalNumber].join('|'))
          : nodeKey('Proposal', id);
      if (!g.hasNode(pk)) {
        const name = f.title ?? `${f.session ?? ''}第${f.proposalNumber ?? '?'}号${f.proposalKind ?? ''}`;
        const p: ProposalNodeAttributes = {
          type: 'Proposal', name, replies: [], proposalKind: f.proposalKind, proposalNumber: f.proposalNumber, session: f.session, title: f.title, city: f.city,
        };
        g.addNode(pk, p);
      }
      addSorted(g.getNodeAttributes(pk).replies, id);
      this.edge('ANSWERS', replyKey, pk, id);
      for (const person of f.proposers ?? []) this.edge('PROPOSED', this.entity('Person', person, id), pk, id);
    }
    if (f.agency) this.edge('ISSUED', this.entity('Agency', f.agency, id), replyKey, id);

    // Measures
    for (const m of x.measures) {
      const key = measureKey(m.path);
      const attrs: MeasureNodeAttributes = {
        type: 'Measure', name: m.heading || m.text.slice(0, 40), replies: [id], reply: id, heading: m.heading, text: m.text,
        parent: m.parentPath ? measureKey(m.parentPath) : null, level: m.level, marker: m.marker, status: m.status, start: m.start, end: m.end,
      };
      g.addNode(key, attrs);
    }
    for (const m of x.measures) this.edge('HAS_MEASURE', m.parentPath ? measureKey(m.parentPath) : replyKey, measureKey(m.path), id);

    // Entities
    const runner = f.county ? this.entity('County', f.county, id) : f.city ? this.entity('City', f.city, id) : f.province ? this.entity('Province', f.province, id) : null;
    for (const m of x.mentions) this.addMention(m, id, holder, ev, runner);

    // Metrics
    for (const mt of x.metrics) {
      const key = nodeKey('Metric', `${id}@${mt.start}`);
      const attrs: MetricNodeAttributes = {
        type: 'Metric', name: mt.surface, replies: [id], reply: id, value: mt.value, unit: mt.unit, counts: mt.counts, year: mt.year,
        surface: mt.surface, start: mt.start, end: mt.end,
      };
      if (!g.hasNode(key)) g.addNode(key, attrs);
      this.edge('REPORTS', holder(mt), key, id, ev(mt, mt));
    }

    // Relations stated in the text or implied by the gazetteer
    for (const r of x.relations) {
      const from = this.entity(r.from.type, r.from.name, id);
      const to = this.entity(r.to.type, r.to.name, id);
      this.edge(r.type, from, to, id, ev(r.evidence));
    }
  }

  private addMention(
    m: Mention,
    id: string,
    holder: (s: Span) => string,
    ev: (span: Span, mention?: Span) => Evidence,
    runner: string | null,
  ): void {
    const key = this.entity(m.type, m.name, id, m.surface, m.code);
    const a = this.graph.getNodeAttributes(key) as EntityNodeAttributes;
    for (const alias of m.aliases ?? []) if (alias !== m.name) addSorted(a.aliases, alias);
    const e = ev(m, m);
    pushEvidence(a.evidence, e, MAX_NODE_EVIDENCE);
    const h = holder(m);
    this.edge('MENTIONS', h, key, id, e);
    if (m.type === 'Policy') this.edge('CITES', h, key, id, e);
    if (m.type === 'Program' && runner) this.edge('RUNS', runner, key, id, e);
  }

  /** The finished graph (the builder must not be used afterwards). */
  finish(): ReplyGraph {
    return this.graph;
  }
}

/** Build the graph of a set of extractions, in the order given (callers sort by reply id for stable output). */
export function buildGraph(extractions: Iterable<ReplyExtraction>, extractorVersion = 'unknown'): ReplyGraph {
  const b = new GraphBuilder(extractorVersion);
  for (const x of extractions) b.addReply(x);
  return b.finish();
}
