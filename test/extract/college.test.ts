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

  it('a school named after its province or city is a college; a kind of school is not', () => {
    const text = '组织四川大学、青海省交通职业技术学院、四川省商务学校、曲靖市农业学校等院校参加，覆盖全市中小学校和邯郸市中小学校。';
    expect(namesOf(text, 'College').sort()).toEqual(['四川大学', '四川省商务学校', '曲靖市农业学校', '青海省交通职业技术学院'].sort());
  });

  it('a title a college earns (首批, 第二批, 示范性) is not a college', () => {
    const text = '共建跨境电商产业学院，入选浙江省首批现代产业学院和第二批省级产业学院，建成示范性职业学院。';
    expect(namesOf(text, 'College')).toEqual(['跨境电商产业学院']);
  });

  it('a kind or a rank of college (产业学院, 优秀技工学校) is not a college', () => {
    const text = '湖南汽车工程职业学院与企业共建产业学院4个，株洲市工业中等专业学校获评全省优秀技工学校，建成国家级重点技工学校。';
    expect(namesOf(text, 'College').sort()).toEqual(['株洲市工业中等专业学校', '湖南汽车工程职业学院'].sort());
  });

  it('a one-character word that starts an enumeration item is part of the name (、对外经济贸易大学); after a comma it is a preposition', () => {
    expect(namesOf('联合北京工业大学、对外经济贸易大学、中国传媒大学举办招聘会。', 'College')).toEqual(['北京工业大学', '对外经济贸易大学', '中国传媒大学']);
    expect(namesOf('推进改革，对冀南技师学院给予支持。', 'College')).toEqual(['冀南技师学院']);
  });

  it('a county vocational education centre is a college (平乡县职业技术教育中心)', () => {
    expect(namesOf('依托平乡县职业技术教育中心开展童车装配工培训。', 'College')).toEqual(['平乡县职业技术教育中心']);
  });

  it('a boundary word inside a place name does not cut it (与和田职业技术学院, 与和平区…), and a place is not made of two names (学院和平顶山…)', () => {
    expect(namesOf('与和田职业技术学院合作，与和平区职业技术学校共建。', 'College')).toEqual(['和田职业技术学院', '和平区职业技术学校']);
    expect(namesOf('联合开封技师学院和平顶山技师学院。', 'College')).toEqual(['开封技师学院', '平顶山技师学院']);
  });
});
