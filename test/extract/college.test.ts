import { describe, expect, it } from 'vitest';
import { namesOf, seed } from './helpers.js';

describe('college recogniser', () => {
  it('finds colleges of seed 002 and 004 without generic 技工学校', () => {
    expect(namesOf(seed('002_8cb4d0241a619d09'), 'College').sort()).toEqual(['濮阳技师学院', '濮阳石油化工职业技术学院', '濮阳职业技术学院'].sort());
    expect(namesOf(seed('004_4f483b5528e22fb4'), 'College').sort()).toEqual(['衢州学院', '衢州技师学院', '衢州职业技术学院'].sort());
    expect(namesOf(seed('001_c14fae95395a6d05'), 'College')).toEqual([]);
  });

  it('keeps a county name that starts with 于 (boundary words do not cut inside names)', () => {
    expect(namesOf('依托于都县中等专业学校开展订单培养，大学生就业见习岗位300个。', 'College')).toEqual(['于都县中等专业学校']);
  });
});
