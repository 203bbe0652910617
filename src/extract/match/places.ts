import { gazetteer, type Division } from '../../lexicon/divisions/index.js';
import { Dictionary } from './dictionary.js';

/** A division name (full or short) found in a text; several divisions when the name is ambiguous (朝阳区). */
export interface PlaceHit {
  start: number;
  end: number;
  surface: string;
  divisions: readonly Division[];
}

let dict: Dictionary<readonly Division[]> | null = null;

function placeDictionary(): Dictionary<readonly Division[]> {
  if (!dict) {
    const g = gazetteer();
    dict = new Dictionary([...g.forms()].map((f) => [f, g.lookup(f)] as const));
  }
  return dict;
}

/** Every division name of the GB/T 2260 gazetteer in a text, leftmost-longest (浙江西部 is 浙江, not 江西). */
export function findPlaces(text: string): PlaceHit[] {
  return placeDictionary()
    .longest(text)
    .map((h) => ({ start: h.start, end: h.end, surface: h.pattern, divisions: h.data }));
}
