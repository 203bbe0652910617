// Ingest speed: how long reading one reply takes in each format, and throughput on a large text file.
// Run after `npm run build`: node bench/ingest.js
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Converter } from 'opencc-js/cn2t';
import { readDoc, isSkipped, DEFAULT_MAX_BYTES } from '../dist/ingest/index.js';

const dir = mkdtempSync(join(tmpdir(), 'rg-bench-'));
const seed = readFileSync('seeds/000_8a2f8544eff6131c.txt', 'utf8');

// figures: the first read (module and dictionary loading included) and the median of the next ones
async function time(label, file, opts, runs = 31) {
  const t0 = performance.now();
  const first = await readDoc(file, opts);
  const cold = performance.now() - t0;
  if (isSkipped(first)) throw new Error(`${file}: ${first.reason}`);
  const times = [];
  for (let i = 1; i < runs; i++) {
    const t = performance.now();
    await readDoc(file, opts);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const warm = times.length ? times[Math.floor(times.length / 2)] : cold;
  const bytes = readFileSync(file).length;
  console.log(`${label.padEnd(28)} ${(bytes / 1024).toFixed(0).padStart(7)} KiB  first ${cold.toFixed(1).padStart(8)} ms  then ${warm.toFixed(2).padStart(8)} ms median  ${(bytes / 1024 / 1024 / (warm / 1000)).toFixed(1).padStart(6)} MiB/s`);
}

const write = (name, data) => {
  const f = join(dir, name);
  writeFileSync(f, data);
  return f;
};

await time('utf-8 txt (cold: OpenCC load)', write('a.txt', seed));
await time('gbk txt (detection)', write('b.txt', iconv.encode(seed, 'gbk')));
await time('big5 txt (Traditional)', write('c.txt', iconv.encode(Converter({ from: 'cn', to: 'tw' })(seed), 'big5')));
await time('utf-16le txt', write('d.txt', iconv.encode(seed, 'utf-16le', { addBOM: true })));
const html = `<html><head><meta charset="gbk"><title>t</title></head><body><div class="nav"><a>首页</a></div><div class="content">${seed
  .split('\n')
  .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
  .join('')}</div></body></html>`;
await time('gbk html', write('e.html', iconv.encode(html, 'gbk')));
const big = Array.from({ length: Math.floor((DEFAULT_MAX_BYTES * 0.95) / Buffer.byteLength(seed)) }, () => seed).join('\n');
await time('utf-8 txt near the size limit', write('big.txt', big), undefined, 3);
const bigGbk = iconv.encode(big, 'gbk');
await time('gbk txt, 50 MiB limit', write('big-gbk.txt', bigGbk), { maxBytes: 50 * 1024 * 1024 }, 3);
