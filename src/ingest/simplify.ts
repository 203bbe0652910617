import { Converter } from 'opencc-js/t2cn';

type Convert = (s: string) => string;
let t2cn: Convert | null = null;
function converter(): Convert {
  const c: Convert = t2cn ?? Converter({ from: 'hk', to: 'cn' });
  t2cn = c;
  return c;
}

/**
 * Traditional → Simplified conversion that keeps every offset: the result has exactly the same
 * length (UTF-16 units) as the input, so a span found in the Simplified text points at the same
 * characters of the Traditional original. Each line is converted whole (OpenCC phrase tables give
 * context; the Hong Kong table also folds variants such as 衞 and 綫); a line whose length would change is converted character by character, and a character
 * whose conversion changes length is kept as it is.
 * Returns null when the text is not Traditional (fewer than 3 characters, or under 2% of its Han
 * characters, would change), so Simplified text is never touched.
 */
export function simplifyKeepingOffsets(text: string): string | null {
  const convert = converter();
  // fast pre-check, character by character (memoised): Simplified text stops here
  let candidates = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) continue;
    han++;
    let ch: string;
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      // a character outside the BMP: the memo by string
      ch = text.slice(i, i + 2);
      i++;
      let changes = ASTRAL_CHANGES.get(ch);
      if (changes === undefined) ASTRAL_CHANGES.set(ch, (changes = convert(ch) !== ch));
      if (changes) candidates++;
      continue;
    }
    let known = BMP_CHANGES[code]!;
    if (known === 0) {
      ch = text[i]!;
      BMP_CHANGES[code] = known = convert(ch) !== ch ? 2 : 1;
    }
    if (known === 2) candidates++;
  }
  if (!isTraditional(candidates, han)) return null;
  const out = text.split('\n').map((line) => {
    if (line === '') return line;
    const whole = convert(line);
    if (whole.length === line.length) return whole;
    let s = '';
    for (const ch of line) {
      const c = convert(ch);
      s += c.length === ch.length ? c : ch;
    }
    return s;
  });
  const simplified = out.join('\n');
  let changed = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== simplified.charCodeAt(i)) changed++;
  return isTraditional(changed, han) ? simplified : null;
}

function isTraditional(changed: number, han: number): boolean {
  return changed >= 3 && changed >= han * 0.02;
}

/** Whether OpenCC changes a character on its own, per character seen so far: 0 not seen, 1 no, 2 yes (BMP by code unit). */
const BMP_CHANGES = new Uint8Array(0x10000);
const ASTRAL_CHANGES = new Map<string, boolean>();
