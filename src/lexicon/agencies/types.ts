/** Level of government a body belongs to (the {p} place prefix of its forms). */
export type AgencyLevel = 'province' | 'city' | 'county';

/** One body of agencies.json (see the note there). */
export interface AgencyEntry {
  /** canonical name; {place} is the full name of the division the body belongs to; no {place} for national bodies */
  name: string;
  /** levels the {p} prefix may name (none for national bodies) */
  levels?: AgencyLevel[];
  /** surface forms; {p} stands for a place prefix */
  forms: string[];
  /** forms without a place, accepted inside enumerations only, resolved to the reply's own city or county */
  bare?: string[];
  /** forms not turned into aliases with the place written in full (团{p}委 → 团濮阳市委 reads wrongly) */
  notAliases?: string[];
}

export interface AgencyTable {
  /** bare scope characters of each level: 市 州 盟 / 省 / 县 区 旗 */
  scopes: Record<AgencyLevel, string[]>;
  /** scope characters that stand for the province before a province-only body (区人社厅 in an autonomous region's reply) */
  provinceBodyScopes: string[];
  /** what must stand next to a bare form (an enumeration) */
  bareContext: { before: string[]; after: string[] };
  /** per scope character, the characters after which it is part of a word (城市政府, 节省政府); empty: use prefixAllowedAfter */
  prefixBlockedAfter: Record<string, string>;
  /** characters that may precede a bare 区/旗/盟 prefix (我区, 和区委); any other Han character means a word (社区, 园区) */
  prefixAllowedAfter: string[];
  /** a body ending in the key is not named when followed by one of these characters (教育部门) */
  rejectFollowedBy: Record<string, string>;
  /** what follows a national body to name its general office (民政部办公厅) */
  generalOffices: string[];
  /** what stands between a prefecture's name (地区, 盟) and its bodies' (大兴安岭地区行政公署人力资源和社会保障局) */
  prefectureOffices: string[];
  /** suffixes of bodies not in entries, recognised after a full place name (…市城市管理综合执法局) */
  genericSuffixes: string[];
  /** characters that end the middle of such a name (与 及 的 、 …) */
  genericStops: string;
  /** words (verbs) that cannot stand inside such a name: its middle holding one is no body */
  genericStopWords: string[];
  /** endings that make such a name a room, no body (…服务大厅) */
  genericNotEndings: string[];
  /** a body written without its place after a body that gives it (自治区党委、政府): after the body named `after`, `written` names `body` of the same place */
  sharedPrefix: { after: string; written: string; body: string }[];
  /** a development zone's administrative committee (市临空经济区管理委员会): zone endings, the committee's words, the longest zone name */
  zoneCommittees: { zones: string[]; heads: string[]; headNames: Record<string, string>; maxZoneName: number };
  townBodies: { ends: string[]; canonical: Record<string, string>; maxTownName: number };
  congressCommittees: { congress: string[]; words: string[]; heads: string[]; headNames: Record<string, string> };
  entries: AgencyEntry[];
}
