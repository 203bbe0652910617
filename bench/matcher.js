// The dictionary matcher (src/extract/match/dictionary.ts) measured alone:
// throughput over the corpus text, and time on texts of 1k–1M characters to
// check that it stays linear. Optionally the same for modern-ahocorasick.
import { createRequire } from 'node:module';
import { Dictionary } from '../dist/extract/match/dictionary.js';

const require = createRequire(import.meta.url);

/** Every name and alias of the bundled program lexicon, as the recogniser uses them. */
export function programPatterns() {
  const entries = require('../dist/lexicon/programs.json');
  return entries.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((p) => [p, e]));
}

/** Fastest of repeated runs (ms) over at least `minMs`: the least disturbed by other load on the machine. */
function timeIt(fn, minMs = 200) {
  let reps = 0;
  let hits = 0;
  let best = Infinity;
  const t0 = performance.now();
  do {
    const t = performance.now();
    hits = fn();
    best = Math.min(best, performance.now() - t);
    reps++;
  } while (performance.now() - t0 < minMs || reps < 3);
  return { ms: best, hits };
}

/** Throughput (MB of UTF-8 per second) of `longest()` over a list of texts. */
export function matcherThroughput(texts) {
  const dict = new Dictionary(programPatterns());
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const { ms, hits } = timeIt(() => texts.reduce((n, t) => n + dict.longest(t).length, 0), 1000); // fastest pass
  return { patterns: dict.size, mb: bytes / 1e6, ms, mbPerS: bytes / 1e6 / (ms / 1000), hits };
}

/** Time per character of one text of each length (the corpus text repeated). */
export function matcherLinearity(sample, lengths = [1e3, 1e4, 1e5, 1e6], { compare = false } = {}) {
  const dict = new Dictionary(programPatterns());
  let other = null;
  if (compare) {
    const AhoCorasick = require('modern-ahocorasick').default ?? require('modern-ahocorasick');
    other = new AhoCorasick(programPatterns().map(([pattern, data]) => ({ pattern, data })));
  }
  return lengths.map((n) => {
    let s = sample;
    while (s.length < n) s += sample;
    s = s.slice(0, n);
    const ours = timeIt(() => dict.all(s).length);
    const row = { chars: n, ms: ours.ms, nsPerChar: (ours.ms * 1e6) / n, hits: ours.hits };
    if (other && n <= 3e4) {
      const t = timeIt(() => other.search(s, { strategy: 'all' }).length, 50);
      row.modernAhoCorasickMs = t.ms;
    }
    return row;
  });
}
