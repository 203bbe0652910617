import { describe, expect, it } from 'vitest';
import { namesOf, seed } from './helpers.js';

describe('organization recogniser', () => {
  it('finds the alliance and the cooperative of seed 000 and nothing generic', () => {
    expect(namesOf(seed('000_8a2f8544eff6131c'), 'Organization').sort()).toEqual(['中原经济区技工教育联盟', '邯郸市供销合作社'].sort());
  });

  it('finds associations in a talent reply', () => {
    const text = '会同楚雄州人力资源服务行业协会举办招聘会，支持彝绣专业合作社吸纳就业，成立企业培训中心3家。';
    expect(namesOf(text, 'Organization').sort()).toEqual(['彝绣专业合作社', '楚雄州人力资源服务行业协会'].sort());
  });
});
