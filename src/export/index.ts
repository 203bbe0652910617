export { writeGraphJson } from './json/index.js';
export { writeGexf, toGexf } from './gexf/index.js';
export { writeFileAtomic, removeStaleTempFiles, TextSink } from './atomic.js';
