import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';

/**
 * A recogniser finds mentions of one or a few entity types in a reply. It is a
 * pure function of the context; one file per recogniser under entities/.
 */
export interface Recognizer {
  /** short name, stored as Mention.source */
  name: string;
  /** higher wins when two mentions cover the same span */
  priority: number;
  recognize(ctx: ExtractContext): Mention[];
}
