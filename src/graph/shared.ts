import graphology from 'graphology';
import {
  edgeKey,
  type EdgeType,
  type EntityNodeAttributes,
  type EntityType,
  type Evidence,
  type NodeAttributes,
  type EdgeAttributes,
  type ProposalNodeAttributes,
} from '../ontology/index.js';
import { entityKey } from './entity-key.js';
import { addSorted } from './sorted.js';
import { FIRST_COME, newEdge, newEntity, newProposal, seeAliases, seeEdge, seeEntity, seeEntityEvidence, type EntryAids } from './shared-entry.js';
import type { ReplyGraph } from './types.js';

const { MultiDirectedGraph } = graphology;

export const GENERATOR = 'replygraph';

/**
 * What a reply does to the part of the graph that replies share: entity
 * nodes (one per type and canonical name), proposals, and the edges between
 * them (RUNS, LOCATED_IN, PARTNERS_WITH …). A reply's own nodes and edges
 * (Reply, Measure, Metric and every edge touching them) never go through it.
 */
export interface SharedSink {
  /** The entity node of a type and canonical name, created on first sight; returns its key. */
  entity(type: EntityType, name: string, reply: string, alias?: string, code?: string): string;
  /** More aliases of an entity. */
  aliases(key: string, aliases: readonly string[]): void;
  /** Evidence of an entity (capped). */
  evidence(key: string, e: Evidence): void;
  /** A proposal node, created on first sight, and the reply that answers it. */
  proposal(key: string, attrs: ProposalNodeAttributes, reply: string): void;
  /** Add or strengthen an edge between shared nodes. */
  edge(type: EdgeType, source: string, target: string, reply: string, evidence?: Evidence): void;
}

/** One call to a SharedSink, as data (what a worker thread sends back with a reply's fragment). */
export type SharedOp =
  | ['n', EntityType, string, string, string | null, string | null]
  | ['a', string, string[]]
  | ['v', string, Evidence]
  | ['p', string, ProposalNodeAttributes, string]
  | ['e', EdgeType, string, string, string, Evidence | null];

/** Records the calls, to be replayed on the shared graph later, in the same order. */
export class SharedOpRecorder implements SharedSink {
  readonly ops: SharedOp[] = [];
  entity(type: EntityType, name: string, reply: string, alias?: string, code?: string): string {
    this.ops.push(['n', type, name, reply, alias ?? null, code ?? null]);
    return entityKey(type, name, code);
  }
  aliases(key: string, aliases: readonly string[]): void {
    if (aliases.length) this.ops.push(['a', key, [...aliases]]);
  }
  evidence(key: string, e: Evidence): void {
    this.ops.push(['v', key, e]);
  }
  proposal(key: string, attrs: ProposalNodeAttributes, reply: string): void {
    this.ops.push(['p', key, attrs, reply]);
  }
  edge(type: EdgeType, source: string, target: string, reply: string, evidence?: Evidence): void {
    this.ops.push(['e', type, source, target, reply, evidence ?? null]);
  }
}

/** Apply recorded operations to a sink, in order. */
export function replayOps(ops: readonly SharedOp[], sink: SharedSink): void {
  for (const op of ops) {
    switch (op[0]) {
      case 'n':
        sink.entity(op[1], op[2], op[3], op[4] ?? undefined, op[5] ?? undefined);
        break;
      case 'a':
        sink.aliases(op[1], op[2]);
        break;
      case 'v':
        sink.evidence(op[1], op[2]);
        break;
      case 'p':
        sink.proposal(op[1], op[2], op[3]);
        break;
      case 'e':
        sink.edge(op[1], op[2], op[3], op[4], op[5] ?? undefined);
        break;
    }
  }
}

/** The shared part of the graph, in a graphology graph. Adding the same replies in the same order gives the same graph. */
export class SharedGraph implements SharedSink {
  readonly graph: ReplyGraph;
  /** per node, what taking a reply out of it again needs (see shared-entry.ts); kept for the build snapshot */
  readonly aids = new Map<string, EntryAids>();

  constructor(extractorVersion: string) {
    this.graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false }) as ReplyGraph;
    this.graph.replaceAttributes({ name: 'replygraph', generator: GENERATOR, extractorVersion, replies: 0 });
  }

  private aidsOf(key: string): EntryAids {
    let a = this.aids.get(key);
    if (!a) this.aids.set(key, (a = {}));
    return a;
  }

  entity(type: EntityType, name: string, reply: string, alias?: string, code?: string): string {
    const key = entityKey(type, name, code);
    if (!this.graph.hasNode(key)) this.graph.addNode(key, newEntity(type, name));
    seeEntity(this.graph.getNodeAttributes(key) as EntityNodeAttributes, this.aidsOf(key), reply, alias, code, FIRST_COME);
    return key;
  }

  aliases(key: string, aliases: readonly string[]): void {
    seeAliases(this.graph.getNodeAttributes(key) as EntityNodeAttributes, this.aidsOf(key), aliases);
  }

  evidence(key: string, e: Evidence): void {
    seeEntityEvidence(this.graph.getNodeAttributes(key) as EntityNodeAttributes, e);
  }

  proposal(key: string, attrs: ProposalNodeAttributes, reply: string): void {
    if (!this.graph.hasNode(key)) {
      this.graph.addNode(key, newProposal(attrs));
      this.aidsOf(key).from = reply;
    }
    addSorted(this.graph.getNodeAttributes(key).replies, reply);
  }

  edge(type: EdgeType, source: string, target: string, reply: string, evidence?: Evidence): void {
    if (source === target) return;
    const key = edgeKey(type, source, target);
    if (!this.graph.hasEdge(key)) this.graph.addDirectedEdgeWithKey(key, source, target, newEdge(type));
    seeEdge(this.graph.getEdgeAttributes(key), reply, evidence);
  }
}
