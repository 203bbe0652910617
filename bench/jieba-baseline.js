// The baseline a build is compared with: read every reply and segment it with
// @node-rs/jieba (`cut`, HMM on), nothing else. Prints one JSON line.
// Usage: node bench/jieba-baseline.js <folders...>
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

function listFiles(p, out) {
  if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) listFiles(join(p, n), out);
  else if (p.endsWith('.txt')) out.push(p);
  return out;
}

const t0 = performance.now();
const jieba = Jieba.withDict(dict);
const files = process.argv.slice(2).flatMap((p) => listFiles(p, []));
let bytes = 0;
let chars = 0;
let tokens = 0;
for (const f of files) {
  const buf = readFileSync(f);
  bytes += buf.length;
  const text = buf.toString('utf8');
  chars += text.length;
  tokens += jieba.cut(text, true).length;
}
console.log(JSON.stringify({ files: files.length, bytes, chars, tokens, wallMs: performance.now() - t0 }));
