export { splitSentences } from './split.js';
