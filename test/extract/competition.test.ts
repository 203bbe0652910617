import { describe, expect, it } from 'vitest';
import { namesOf, seed } from './helpers.js';
import { processSeed } from '../resolve/helpers.js';

describe('competition recogniser', () => {
  it('finds named competitions with editions and quoted titles (seed 000)', () => {
    const names = namesOf(seed('000_8a2f8544eff6131c'), 'Competition');
    expect(names).toEqual(expect.arrayContaining(['河北省第二届职业技能大赛', '省首届职业技能大赛', '邯郸市首届供销杯茶艺师职业技能大赛', '公交工匠职业擂台赛']));
    expect(names.some((n) => n.includes('综合性'))).toBe(false);
  });

  it('resolves 第一届大赛 to the edition of the nearest full name (seed 002)', () => {
    const names = processSeed('002_8cb4d0241a619d09').filter((m) => m.type === 'Competition').map((m) => m.name);
    expect(new Set(names)).toEqual(new Set(['河南省第一届职业技能大赛', '河南省第二届职业技能大赛', '河南省第三届职业技能大赛', '全国第三届职业技能大赛', '濮阳市第二届绿色化工技能人才竞赛']));
  });

  it('needs a region, an edition or a quoted title', () => {
    const text = '鼓励行业企业开展各类职业技能竞赛活动，举办全省第五届职业技能大赛和“龙城杯”焊工技能比赛。';
    expect(namesOf(text, 'Competition').sort()).toEqual(['全省第五届职业技能大赛', '龙城杯焊工技能比赛'].sort());
  });

  it('a selection round after the name is part of it; a middle dot inside a name does not cut it', () => {
    const text = '成功承办第二届全国技能大赛湖南省选拔赛轨道车辆技术项目，连续举办中国潍坊·高层次人才创新创业大赛，选手在第二届全国技能大赛中获奖。';
    expect(namesOf(text, 'Competition').sort()).toEqual(['中国潍坊·高层次人才创新创业大赛', '第二届全国技能大赛', '第二届全国技能大赛湖南省选拔赛'].sort());
  });

  it('a province or city named short is a region (广西职业技能大赛); a sector is not', () => {
    const text = '在2023年广西职业技能大赛中，我市选手获金牌12枚。支持开展企业职业技能大赛和行业技能竞赛。';
    expect(namesOf(text, 'Competition')).toEqual(['广西职业技能大赛']);
  });

  it('a 技能比武 joined to a competition by 暨 is one event', () => {
    expect(namesOf('举办襄阳市第三届职业技能大赛暨“隆中杯”技能比武，设置竞赛项目28个。开展岗位练兵和技能比武活动。', 'Competition')).toEqual(['襄阳市第三届职业技能大赛暨隆中杯技能比武']);
  });

  it('a skills-champion contest of a province is a competition (江苏技能状元大赛)', () => {
    expect(namesOf('举办江苏技能状元大赛，开展技能状元大赛活动。', 'Competition')).toEqual(['江苏技能状元大赛']);
  });

  it('a teachers’ vocational-ability contest of a province is a competition (河南省技工院校教师职业能力大赛)', () => {
    expect(namesOf('组织教师参加河南省技工院校教师职业能力大赛，获一等奖2项。', 'Competition')).toEqual(['河南省技工院校教师职业能力大赛']);
  });
});
