import data from './data.json' with { type: 'json' };
import { buildDivisions } from './build.js';
import type { Division, PlaceContext } from './types.js';

/** The GB/T 2260 divisions indexed by code, full name and short form. */
export class Gazetteer {
  readonly divisions: readonly Division[];
  private readonly byCode = new Map<string, Division>();
  private readonly byForm = new Map<string, Division[]>();

  constructor(divisions: Division[]) {
    this.divisions = divisions;
    for (const d of divisions) {
      this.byCode.set(d.code, d);
      for (const f of [d.name, ...d.shortForms]) {
        const list = this.byForm.get(f) ?? [];
        list.push(d);
        this.byForm.set(f, list);
      }
    }
  }

  code(code: string): Division | undefined {
    return this.byCode.get(code);
  }

  /** Every division named by a full name or short form (several for 朝阳区, 鼓楼区). */
  lookup(form: string): readonly Division[] {
    return this.byForm.get(form) ?? [];
  }

  /** Every full name and short form, for dictionary matching. */
  forms(): IterableIterator<string> {
    return this.byForm.keys();
  }

  province(d: Division): Division {
    return this.byCode.get(d.provinceCode)!;
  }

  city(d: Division): Division | null {
    return d.cityCode ? (this.byCode.get(d.cityCode) ?? null) : null;
  }

  /** The division a form names in this reply: the only one, or the one inside the reply's city, then province; null when still ambiguous. */
  resolve(form: string, ctx: PlaceContext = {}): Division | null {
    const all = this.lookup(form);
    if (all.length <= 1) return all[0] ?? null;
    if (ctx.city) {
      const inCity = all.filter((d) => d.name === ctx.city || this.city(d)?.name === ctx.city);
      if (inCity.length === 1) return inCity[0]!;
    }
    if (ctx.province) {
      const inProvince = all.filter((d) => this.province(d).name === ctx.province);
      if (inProvince.length === 1) return inProvince[0]!;
    }
    const levels = new Set(all.map((d) => d.level));
    if (levels.size > 1) {
      // a province and a city of the same short form: the higher level
      const top = all.filter((d) => d.level === (levels.has('Province') ? 'Province' : 'City'));
      if (top.length === 1) return top[0]!;
    }
    return null;
  }

  /**
   * The name that tells a division apart from its namesakes: the name itself,
   * or for a county whose name other divisions share (朝阳区, 鼓楼区) its city's
   * (or municipality's) name before it: 北京市朝阳区.
   */
  qualifiedName(d: Division): string {
    if (d.level !== 'County' || this.lookup(d.name).length <= 1) return d.name;
    return (this.city(d) ?? this.province(d)).name + d.name;
  }

  /**
   * The place a body's name starts with: a district (区) of a city is written
   * with its city, as the bodies' official names are (成都市武侯区人力资源和
   * 社会保障局, 重庆市万州区…), and so is a county of a municipality (重庆市
   * 酉阳土家族苗族自治县…); other counties and county-level cities stand
   * alone (义乌市…, 仪陇县…) unless their name is shared (qualifiedName).
   */
  bodyPlaceName(d: Division): string {
    if (d.level === 'County' && d.name.endsWith('区')) return (this.city(d) ?? this.province(d)).name + d.name;
    if (d.level === 'County' && !d.cityCode && this.province(d).name.endsWith('市')) return this.province(d).name + d.name;
    return this.qualifiedName(d);
  }

  /** The province of a one-character abbreviation (豫 → 河南省), as used in document numbers. */
  provinceByAbbreviation(ch: string): Division | null {
    const name = (data.provinceAbbreviations as Record<string, string>)[ch];
    return name ? (this.lookup(name).find((d) => d.level === 'Province') ?? null) : null;
  }

  /** Cities and counties whose full name starts with an abbreviation (邯 → 邯郸市; 三 → 三门峡市, 三明市 …). */
  startingWith(prefix: string): Division[] {
    return this.divisions.filter((d) => d.level !== 'Province' && d.name.startsWith(prefix));
  }

  /** Is this province a municipality (直辖市), whose districts lie directly in it? */
  isMunicipality(d: Division): boolean {
    return d.level === 'Province' && data.municipalities.includes(d.provinceCode.slice(0, 2));
  }
}

let shared: Gazetteer | null = null;

/** The shared gazetteer (built once per process). */
export function gazetteer(): Gazetteer {
  return (shared ??= new Gazetteer(buildDivisions()));
}
