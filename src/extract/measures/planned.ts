import type { Line } from '../sentences/lines.js';
import cues from './cues.json' with { type: 'json' };
import { escapeRegExp } from '../match/regex.js';

/** True when a numbered heading opens the next-steps section (下一步工作, 下步工作措施, 今后工作打算 …). */
export function isPlannedHeading(heading: string): boolean {
  return cues.plannedHeadings.some((c) => heading.includes(c));
}

const PARAGRAPH = new RegExp(
  `^(?:#{1,6}[\\s\\u3000]*)?(?:\\*\\*)?(?:${cues.plannedParagraphStarts.map(escapeRegExp).join('|')})(?=[，,、：:\\s\\u3000]|我|将|要|在|继续|工作|市|县|区|州)`,
);

/** True when an unnumbered line opens the next steps: 下一步，我们将… / 下步,我们将… / 今后，… */
export function isPlannedParagraph(line: Line): boolean {
  return PARAGRAPH.test(line.trimmed);
}
