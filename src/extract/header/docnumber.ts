import type { Line } from './lines.js';

/** A document number (发文字号) split into its parts. */
export interface DocNumber {
  /** as written, whitespace removed: 邯人社案字〔2023〕73号 */
  text: string;
  /** the issuer's abbreviation before the year: 邯人社案字 */
  prefix: string;
  year: number;
  line: Line;
}

// issuer abbreviation, year in 〔〕 [] 【】 （） (), serial number, 号; the kind may stand after the year
// (明人社〔2024〕提17号, …〔2024〕建字第5号)
const DOC_NUMBER = /(\p{Script=Han}{1,12})[〔\[【（(［﹝]\s*((?:19|20)\d{2})\s*[〕\]】）)］﹞]\s*(?:[提建议案函复]字?)?\s*第?\s*(\d{1,5})\s*号/u;

/** The reply's own document number: the first one in the header lines (cited documents come later). */
export function findDocNumber(header: readonly Line[]): DocNumber | null {
  for (const line of header) {
    const m = DOC_NUMBER.exec(line.clean);
    if (m) return { text: m[0], prefix: m[1]!, year: Number(m[2]), line };
  }
  return null;
}
