import colors from './node-colors.json' with { type: 'json' };
import type { NodeType } from './nodes.js';

/**
 * One colour per node type (node-colors.json), shared by the viewer and the
 * GEXF export so that Gephi and the browser show the same picture.
 */
export const NODE_COLORS: Record<NodeType, string> = colors;
