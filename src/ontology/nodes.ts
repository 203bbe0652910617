/**
 * Node types of the replygraph ontology (docs/ontology.md). These strings are
 * the graph.json `type` attribute, the Neo4j labels and the GEXF node classes.
 */
export const ENTITY_TYPES = [
  'Province',
  'City',
  'County',
  'Agency',
  'College',
  'Company',
  'Organization',
  'Program',
  'Competition',
  'Policy',
  'Award',
  'Person',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Nodes that come from a reply's structure rather than from a named entity. */
export const STRUCTURE_TYPES = ['Reply', 'Proposal', 'Measure', 'Metric'] as const;
export type StructureType = (typeof STRUCTURE_TYPES)[number];

export const NODE_TYPES = [...ENTITY_TYPES, ...STRUCTURE_TYPES] as const;
export type NodeType = EntityType | StructureType;

export function isEntityType(t: string): t is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(t);
}
export function isNodeType(t: string): t is NodeType {
  return (NODE_TYPES as readonly string[]).includes(t);
}

/** Short description of every node type, for --help, the viewer legend and docs. */
export const NODE_TYPE_INFO: Record<NodeType, string> = {
  Province: 'province-level division (省, 自治区, 直辖市)',
  City: 'prefecture-level division (地级市, 自治州, 地区, 盟)',
  County: 'county-level division (县, 区, 县级市)',
  Agency: 'government, party or mass-organisation body',
  College: 'school or college',
  Company: 'enterprise, group, company',
  Organization: 'other named body: alliance, association, cooperative',
  Program: 'named public initiative, scheme, campaign or training model',
  Competition: 'named skills competition',
  Policy: 'named document: law, plan, notice, document number',
  Award: 'honour title given to people',
  Person: 'named person: proposer, signer, contact',
  Reply: 'a reply (答复) document',
  Proposal: 'the suggestion (建议) or proposal (提案) a reply answers',
  Measure: 'a numbered section or item of a reply (done or planned)',
  Metric: 'a figure a reply reports: value, unit, what it counts',
};
