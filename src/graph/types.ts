import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../ontology/index.js';

/** The replygraph knowledge graph: a graphology directed multigraph (two nodes may be linked by edges of several types, e.g. MENTIONS and CITES) with the ontology's attributes. */
export type ReplyGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
