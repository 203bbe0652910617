import type { DirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../ontology/index.js';

/** The replygraph knowledge graph: a graphology directed graph with the ontology's attributes. */
export type ReplyGraph = DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
