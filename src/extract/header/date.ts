import cues from './cues.json' with { type: 'json' };
import type { Line } from './lines.js';

const HAN_DIGIT: Record<string, number> = { '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, 'O': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

/** 十二 → 12, 二十三 → 23, 五 → 5 */
function hanNumber(s: string): number {
  if (!s.includes('十')) return Number([...s].map((c) => HAN_DIGIT[c] ?? NaN).join(''));
  const [tens, ones] = s.split('十') as [string, string];
  return (tens ? (HAN_DIGIT[tens] ?? NaN) : 1) * 10 + (ones ? (HAN_DIGIT[ones] ?? NaN) : 0);
}

const ARABIC = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/;
const HAN = /([〇○零Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/;
const ISO = /((?:19|20)\d{2})[-./．](\d{1,2})[-./．](\d{1,2})/;
// (a date in figures, 2024.6.18, is a date only where a signature's date stands)
const DATE_SOURCE = `(?:${ARABIC.source}|${HAN.source}|${ISO.source})`;

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1949 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A written date (2023年6月5日, 二〇二三年六月五日, 2023-08-10, 2024.6.18) as ISO yyyy-mm-dd, or null. */
export function parseDate(s: string): string | null {
  const a = ARABIC.exec(s);
  if (a) return iso(Number(a[1]), Number(a[2]), Number(a[3]));
  const h = HAN.exec(s);
  if (h) return iso(hanNumber(h[1]!), hanNumber(h[2]!), hanNumber(h[3]!));
  const i = ISO.exec(s);
  return i ? iso(Number(i[1]), Number(i[2]), Number(i[3])) : null;
}

const SIGNATURE_DATE = new RegExp(`^${DATE_SOURCE}$`);
const ENDS_WITH_DATE = new RegExp(`${DATE_SOURCE}$`);
// the imprint: 2024年7月1日印发, or after the issuing office on its line (…局办公室　2024年7月1日印发)
const ISSUED_DATE = new RegExp(`${DATE_SOURCE}(?:${cues.issued.join('|')})$`);
const BRACKETED_DATE = new RegExp(`^[（(]${DATE_SOURCE}[）)]$`);
const META_DATE = new RegExp(`(?:${cues.metaDate.join('|')})[:：]((?:19|20)\\d{2}[-./年]\\d{1,2}[-./月]\\d{1,2}日?)`);

/**
 * The reply's date: the date line of the signature block (成文日期) wins, then
 * the 印发 date of the imprint (both after the header), then a 成文日期 field
 * of a web page's metadata (anywhere), then a date in brackets under the title.
 */
export function findDate(header: readonly Line[], rest: readonly Line[]): string | null {
  const signature = rest.filter((l) => SIGNATURE_DATE.test(l.clean)).at(-1);
  if (signature) return parseDate(signature.clean);
  // the bureau and its date on one line: 邯郸市人力资源和社会保障局 2023年6月5日
  const signed = rest.slice(-8).filter((l) => l.clean.length <= 40 && ENDS_WITH_DATE.test(l.clean)).at(-1);
  if (signed) return parseDate(signed.clean.slice(signed.clean.search(ENDS_WITH_DATE)));
  const issued = rest.find((l) => l.clean.length <= 40 && ISSUED_DATE.test(l.clean));
  if (issued) return parseDate(issued.clean.slice(issued.clean.search(ISSUED_DATE)));
  for (const l of [...header, ...rest]) {
    const m = META_DATE.exec(l.clean);
    if (m) return parseDate(m[1]!);
  }
  // a date in brackets on its own line under the title: …的答复 / （2024年7月12日）
  const bracketed = header.find((l) => BRACKETED_DATE.test(l.clean));
  return bracketed ? parseDate(bracketed.clean) : null;
}
