const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a Chinese numeral up to 99 (一 → 1, 十二 → 12, 二十三 → 23), or null. */
export function chineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in DIGIT ? DIGIT[s]! : null;
  if (s.indexOf('十', ten + 1) >= 0) return null;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  const tens = head === '' ? 1 : head.length === 1 && head in DIGIT ? DIGIT[head]! : null;
  const ones = tail === '' ? 0 : tail.length === 1 && tail in DIGIT ? DIGIT[tail]! : null;
  return tens === null || ones === null || tens === 0 ? null : tens * 10 + ones;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The value of a circled digit (① → 1), or null. */
export function circledNumber(s: string): number | null {
  const i = CIRCLED.indexOf(s);
  return i < 0 ? null : i + 1;
}
