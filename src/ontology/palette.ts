import type { NodeType } from './nodes.js';

/**
 * One colour per node type, shared by the viewer and the GEXF export so that
 * Gephi and the browser show the same picture. Chosen to stay distinct for
 * the most common types (City, Program, Agency, College, Company).
 */
export const NODE_COLORS: Record<NodeType, string> = {
  Province: '#6a3d9a',
  City: '#1f78b4',
  County: '#a6cee3',
  Agency: '#33a02c',
  College: '#ff7f00',
  Company: '#e31a1c',
  Organization: '#fb9a99',
  Program: '#b15928',
  Competition: '#cab2d6',
  Policy: '#8c8c8c',
  Award: '#ffd92f',
  Person: '#66c2a5',
  Reply: '#404040',
  Proposal: '#7f7f7f',
  Measure: '#b2df8a',
  Metric: '#fdbf6f',
};
