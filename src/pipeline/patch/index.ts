export { patchGraphJson, type PatchOptions, type PatchResult, type PatchOutcome } from './patch-graph-json.js';
export { SharedPatch, PatchError } from './shared-patch.js';
export { spliceGraphJson, keyOfLine } from './splice.js';
export { LineCursor } from './line-cursor.js';
export { hashFiles } from './hash-files.js';
