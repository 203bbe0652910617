import type { NodeType } from './nodes.js';

/**
 * Relationship types of the replygraph ontology (docs/ontology.md), with the
 * node types allowed at each end. These strings are the graph.json edge
 * `type`, the Neo4j relationship types and the GEXF edge labels.
 */
export const EDGE_TYPES = [
  'ISSUED',
  'ANSWERS',
  'PROPOSED',
  'LOCATED_IN',
  'HAS_MEASURE',
  'RUNS',
  'MENTIONS',
  'PARTNERS_WITH',
  'HOSTS',
  'CITES',
  'REPORTS',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface EdgeSchema {
  from: readonly NodeType[];
  to: readonly NodeType[];
  description: string;
}

export const EDGE_SCHEMA: Record<EdgeType, EdgeSchema> = {
  ISSUED: { from: ['Agency'], to: ['Reply'], description: 'the bureau that issued the reply (header / signature)' },
  ANSWERS: { from: ['Reply'], to: ['Proposal'], description: 'the suggestion or proposal the reply answers' },
  PROPOSED: { from: ['Person', 'Agency', 'Organization'], to: ['Proposal'], description: 'a deputy or member who made the proposal, or the body that did (民盟X市委员会), as the salutation names them' },
  LOCATED_IN: {
    from: ['City', 'County', 'Agency', 'College', 'Company', 'Organization'],
    to: ['Province', 'City', 'County'],
    description: 'administrative divisions and name prefixes',
  },
  HAS_MEASURE: { from: ['Reply', 'Measure'], to: ['Measure'], description: 'numbered sections and items of a reply' },
  RUNS: { from: ['City', 'County', 'Province'], to: ['Program'], description: "a measure of the place's reply mentions the program" },
  MENTIONS: {
    from: ['Measure', 'Reply'],
    to: ['Province', 'City', 'County', 'Agency', 'College', 'Company', 'Organization', 'Program', 'Competition', 'Policy', 'Award', 'Person'],
    description: "the entity appears in the measure's text",
  },
  PARTNERS_WITH: { from: ['College'], to: ['Company'], description: '校企合作, 订单班, 新型学徒制 naming both in one sentence' },
  HOSTS: { from: ['City', 'Province', 'County'], to: ['Competition'], description: '承办, 举办' },
  CITES: { from: ['Reply', 'Measure'], to: ['Policy'], description: 'the policy is named' },
  REPORTS: { from: ['Measure', 'Reply'], to: ['Metric'], description: 'a figure: value, unit, what it counts' },
};

export function isEdgeType(t: string): t is EdgeType {
  return (EDGE_TYPES as readonly string[]).includes(t);
}
