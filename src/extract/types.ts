import type { EdgeType, EntityType, MeasureStatus, ReplyFields } from '../ontology/index.js';

/** A character span of the reply's text (UTF-16 offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** A sentence of the reply, the unit of evidence. */
export interface Sentence extends Span {
  text: string;
}

/**
 * One occurrence of an entity in the text. `name` is the canonical name once
 * resolve/ has run; before, it is the recogniser's best guess.
 */
export interface Mention extends Span {
  type: EntityType;
  /** canonical name */
  name: string;
  /** the text as written */
  surface: string;
  /** extra surface forms that name the same thing (e.g. 校企双制 for 企校双制) */
  aliases?: string[];
  /** GB/T 2260 code, for divisions */
  code?: string;
  /** which recogniser found it (lexicon, suffix, quote, header …), for debugging and eval */
  source: string;
  /**
   * The name waits for a place: it holds {place}, to be filled by resolve/ with
   * the reply's own province, city or county (市人社局, 省委), or with its own
   * city or county for 'own' (a bare 民政局 in an enumeration).
   */
  scope?: 'province' | 'city' | 'county' | 'own';
  /** not written at this span but implied by the header or by a name (the reply's province, 武安市 of 武安市政府) */
  implied?: boolean;
}

/** A numbered section or item of the reply. */
export interface Measure extends Span {
  /** path of ordinals from the top: "1", "1.2", "2.1.3" — unique inside a reply */
  path: string;
  parentPath: string | null;
  level: number;
  /** the numbering as written */
  marker: string;
  heading: string;
  text: string;
  status: MeasureStatus;
}

/** A figure the reply reports. */
export interface Metric extends Span {
  value: number;
  unit: string;
  counts: string;
  year: number | null;
  surface: string;
}

/** A relationship found in the text between two entities (by canonical type+name). */
export interface Relation {
  type: EdgeType;
  from: { type: EntityType; name: string };
  to: { type: EntityType; name: string };
  /** the span that shows it (usually the sentence) */
  evidence: Span;
}

/** Everything extracted from one reply, ready for the graph builder. */
export interface ReplyExtraction {
  id: string;
  file: string;
  length: number;
  /** the clean text (kept so evidence sentences can be cut from it) */
  text: string;
  fields: ReplyFields;
  /** the salutation line, when the reply has one of its own (not inline): bodies named there made the proposal */
  salutation: Span | null;
  sentences: Sentence[];
  measures: Measure[];
  mentions: Mention[];
  metrics: Metric[];
  relations: Relation[];
}
