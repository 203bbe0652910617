// Speed of metric reading, whose noun-after-figure step uses jieba part-of-speech tags
// (build first: npm run build). Prints: the one-off cost of loading jieba's dictionary,
// ms per reply of extractMetrics, and ms per reply of the whole extraction, on the seeds,
// held-out and dev replies.
import { readFileSync, readdirSync } from 'node:fs';
import { nounAfter } from '../dist/extract/metrics/noun-after.js';
import { extractMetrics } from '../dist/extract/metrics/index.js';
import { processDoc } from '../dist/pipeline/process.js';
import { extractReply } from '../dist/extract/index.js';

const lexicons = { user: [], userFiles: [] };
const dirs = ['seeds', 'test/fixtures/heldout', 'test/fixtures/dev'];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').map((f) => `${d}/${f}`));
const docs = files.map((f) => ({ id: f, file: f, text: readFileSync(f, 'utf8') }));
const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const rss = () => (process.memoryUsage().rss / 2 ** 20).toFixed(0);

console.log(`replies: ${docs.length}; rss before jieba ${rss()} MB`);
console.log(`jieba dictionary load (first nounAfter): ${time(() => nounAfter('有3家企业参加', 3)).toFixed(0)} ms; rss ${rss()} MB`);
const contexts = docs.map((d) => {
  const x = extractReply(d, lexicons);
  return { text: x.text, sentences: x.sentences, fields: x.fields, measures: x.measures, doc: d, lexicons };
});
const N = 20;
const m = time(() => { for (let i = 0; i < N; i++) for (const c of contexts) extractMetrics(c); });
const figures = contexts.reduce((n, c) => n + extractMetrics(c).length, 0);
console.log(`extractMetrics: ${(m / (N * docs.length)).toFixed(2)} ms/reply (${figures} figures, ${(m / (N * figures)).toFixed(3)} ms/figure)`);
const whole = time(() => { for (let i = 0; i < N; i++) for (const d of docs) processDoc(d, lexicons); });
console.log(`processDoc (extract + resolve): ${(whole / (N * docs.length)).toFixed(2)} ms/reply`);
