import { describe, expect, it } from 'vitest';
import { FUZHOU_GULOU, NANJING_GULOU } from '../fixtures/replies/namesake-districts.js';
import { graphOf } from './graph-of.js';


describe('counties that share a name', () => {
  it('are two nodes, each named as written, in its own city, running its own programs', () => {
    const g = graphOf({ nj: NANJING_GULOU, fz: FUZHOU_GULOU });
    const counties = g.filterNodes((_k, a) => a.type === 'County').sort();
    expect(counties).toEqual(['County:南京市鼓楼区', 'County:福州市鼓楼区']);
    for (const [key, city, reply, code] of [
      ['County:南京市鼓楼区', 'City:南京市', 'nj', '320106'],
      ['County:福州市鼓楼区', 'City:福州市', 'fz', '350102'],
    ] as const) {
      expect(g.getNodeAttributes(key)).toMatchObject({ name: '鼓楼区', replies: [reply], code });
      expect(g.outNeighbors(key).filter((n) => n.startsWith('City:'))).toEqual([city]);
      const runs = g.filterOutEdges(key, (_e, a) => a.type === 'RUNS').map((e) => g.target(e)).sort();
      expect(runs).toEqual(['Program:人人持证', 'Program:新型学徒制', 'Program:零工驿站']);
      // the bureau lies in its own district
      const bureau = g.filterNodes((_k, a) => a.type === 'Agency' && a.name === `${city.slice(5)}鼓楼区人力资源和社会保障局`);
      expect(bureau.flatMap((b) => g.outNeighbors(b))).toContain(key);
    }
  });

  it('a county no other division is named like keeps its plain key', () => {
    const text = NANJING_GULOU.replaceAll('南京市鼓楼区', '邯郸市武安市').replaceAll('鼓楼区', '武安市');
    const g = graphOf({ wa: text });
    expect(g.filterNodes((_k, a) => a.type === 'County')).toEqual(['County:武安市']);
  });
});
