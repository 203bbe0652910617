export { splitSentences, isPageLine } from './split.js';
export { lines, type Line } from './lines.js';
export { runsOn, isHeaderLine } from './runon.js';
