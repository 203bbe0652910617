/** Level of an administrative division, as an ontology entity type. */
export type DivisionLevel = 'Province' | 'City' | 'County';

/**
 * One GB/T 2260 division. Municipalities (北京市, 天津市, 上海市, 重庆市) are
 * Province-level; their districts and counties are County-level with no city
 * (cityCode null) and lie directly in the municipality. Counties governed
 * directly by a province (济源市, 仙桃市 …) have no city either.
 */
export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /** code of the province (or municipality) it lies in; its own code for a province */
  provinceCode: string;
  /** code of the prefecture-level city a county lies in; its own code for a city; null for provinces and for counties without a city */
  cityCode: string | null;
  /** safe short forms (邯郸 for 邯郸市, 楚雄 and 楚雄州 for 楚雄彝族自治州); none for counties */
  shortForms: string[];
}

/** The reply's known places, used to pick among divisions of the same name (many 朝阳区, 鼓楼区). */
export interface PlaceContext {
  province?: string | null;
  city?: string | null;
}
