// Speed of the header reader and of the whole per-reply extraction (build first: npm run build).
// Prints: first-reply cost (gazetteer and dictionaries), ms per reply on the seeds and held-out
// replies, and the time of one long text made of the seeds repeated (to show it grows linearly).
import { readFileSync, readdirSync } from 'node:fs';
import { extractHeader } from '../dist/extract/header/index.js';
import { processDoc } from '../dist/pipeline/process.js';

const lexicons = { user: [], userFiles: [] };
const files = [
  ...readdirSync('seeds').map((f) => `seeds/${f}`),
  ...readdirSync('test/fixtures/heldout').filter((f) => f.endsWith('.txt')).map((f) => `test/fixtures/heldout/${f}`),
];
const docs = files.map((f) => ({ id: f, file: f, text: readFileSync(f, 'utf8') }));
const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

console.log(`first reply (gazetteer + dictionaries built): ${time(() => processDoc(docs[0], lexicons)).toFixed(0)} ms`);
const N = 20;
const header = time(() => { for (let i = 0; i < N; i++) for (const d of docs) extractHeader(d, d.text, []); });
console.log(`extractHeader: ${(header / (N * docs.length)).toFixed(2)} ms/reply`);
const whole = time(() => { for (let i = 0; i < N; i++) for (const d of docs) processDoc(d, lexicons); });
const chars = docs.reduce((n, d) => n + d.text.length, 0) / docs.length;
console.log(`processDoc: ${(whole / (N * docs.length)).toFixed(2)} ms/reply (${docs.length} replies, ${chars.toFixed(0)} chars on average)`);
const seeds = docs.filter((d) => d.file.startsWith('seeds/')).map((d) => d.text).join('\n');
for (const k of [1, 2, 4]) {
  const text = seeds.repeat(k);
  console.log(`one text of ${text.length} chars: ${time(() => processDoc({ id: 'long', file: 'long', text }, lexicons)).toFixed(0)} ms`);
}
