import type { EdgeType } from './edges.js';
import type { EntityType, NodeType } from './nodes.js';

/**
 * The graph.json contract (design.md): attribute shapes of every node and edge.
 * graph.json is graphology's `graph.export()` of a directed graph with these attributes.
 */

/** Where something was seen: a reply and a character span of its clean text. */
export interface Evidence {
  /** reply id: the file name without extension */
  reply: string;
  /** span of the sentence in the reply's text (UTF-16 offsets, end exclusive) */
  start: number;
  end: number;
  /** the sentence itself */
  sentence: string;
  /** span of the mention inside the reply's text, when the evidence is about one mention */
  mention?: { start: number; end: number };
}

interface NodeBase {
  type: NodeType;
  /** canonical name (Reply: title or id; Measure: heading; Metric: value+unit) */
  name: string;
  /** reply ids that mention or imply the node, sorted */
  replies: string[];
  /** optional layout position (the viewer uses it when present) */
  x?: number;
  y?: number;
}

export interface EntityNodeAttributes extends NodeBase {
  type: EntityType;
  /** surface forms seen, sorted, not containing the canonical name */
  aliases: string[];
  /** administrative code for divisions (GB/T 2260) */
  code?: string;
  /** a few places it was seen (capped) */
  evidence: Evidence[];
}

export type ProposalKind = '建议' | '提案';

/** Reply metadata: fields the reply does not state are null, never guessed. */
export interface ReplyFields {
  city: string | null;
  province: string | null;
  county: string | null;
  agency: string | null;
  docNumber: string | null;
  date: string | null;
  proposalKind: ProposalKind | null;
  proposalNumber: string | null;
  session: string | null;
  proposers: string[] | null;
  title: string | null;
  grade: string | null;
  signer: string | null;
  contacts: string[] | null;
}
export const REPLY_FIELDS: readonly (keyof ReplyFields)[] = [
  'city', 'province', 'county', 'agency', 'docNumber', 'date', 'proposalKind', 'proposalNumber',
  'session', 'proposers', 'title', 'grade', 'signer', 'contacts',
];

export interface ReplyNodeAttributes extends NodeBase, ReplyFields {
  type: 'Reply';
  id: string;
  /** the input path as given (relative to the working directory when possible) */
  file: string;
  /** length of the clean text, in UTF-16 code units */
  length: number;
}

export interface ProposalNodeAttributes extends NodeBase, Pick<ReplyFields, 'proposalKind' | 'proposalNumber' | 'session' | 'title' | 'city'> {
  type: 'Proposal';
}

export type MeasureStatus = 'done' | 'planned';
export interface MeasureNodeAttributes extends NodeBase {
  type: 'Measure';
  reply: string;
  heading: string;
  text: string;
  /** key of the parent measure, or null for a top-level section */
  parent: string | null;
  /** 1 for 一、, 2 for (一), 3 for 1. / 一是 … */
  level: number;
  /** the numbering as written: 一、 （二） 3. 一是 ## … */
  marker: string;
  status: MeasureStatus;
  start: number;
  end: number;
}

export interface MetricNodeAttributes extends NodeBase {
  type: 'Metric';
  reply: string;
  value: number;
  unit: string;
  /** what the figure counts, as written before it (开展企业新型学徒制培训) */
  counts: string;
  year: number | null;
  /** the figure as written (6.3万余人) */
  surface: string;
  start: number;
  end: number;
}

export type NodeAttributes =
  | EntityNodeAttributes
  | ReplyNodeAttributes
  | ProposalNodeAttributes
  | MeasureNodeAttributes
  | MetricNodeAttributes;

export interface EdgeAttributes {
  type: EdgeType;
  /** reply ids that show the relationship, sorted */
  replies: string[];
  /** sentences that show it (capped per edge) */
  evidence: Evidence[];
  /** number of times the relationship was seen */
  weight: number;
}

export interface GraphAttributes {
  name: string;
  generator: string;
  extractorVersion: string;
  replies: number;
}
