import years from './years.json' with { type: 'json' };
import { escapeRegExp } from '../match/regex.js';

const CUE = new RegExp(
  `((?:19|20)\\d{2})[\\s\\u3000]*年|(${years.noYear.map(escapeRegExp).join('|')})|(${years.reportYear.map(escapeRegExp).join('|')})`,
  'g',
);

function inside(text: string, pos: number, open: string, close: string): boolean {
  const o = text.lastIndexOf(open, pos);
  return o >= 0 && text.lastIndexOf(close, pos) < o;
}

/**
 * The year a figure refers to, from the nearest cue before it in its sentence:
 * 2021年以来 → 2021; 今年 / 截至6月底 / 截至目前 → the reply's year (`replyYear`, null if
 * unknown), 截至2023年底 → 2023; 近年来 → null. Years inside 《》 or 〔〕 and range ends (2023-2027年,
 * 2021至2023年) are not cues.
 */
export function yearOf(text: string, sentenceStart: number, figureStart: number, replyYear: number | null): number | null {
  const window = text.slice(sentenceStart, figureStart);
  let year: number | null = null;
  for (const m of window.matchAll(CUE)) {
    const pos = sentenceStart + m.index;
    if (m[1]) {
      const before = text[pos - 1] ?? '';
      // 2021至2023年 ends a range; 截至2023年底 is a date
      const rangeEnd = /[-—－~～至]/.test(before) && !(before === '至' && text[pos - 2] === '截');
      if (rangeEnd || inside(text, pos, '《', '》') || inside(text, pos, '〔', '〕')) continue;
      year = Number(m[1]);
    } else if (m[2]) year = null;
    else year = replyYear;
  }
  return year;
}
