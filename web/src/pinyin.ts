/**
 * Pinyin forms of names for search: full pinyin without tones or spaces and
 * initials (新型学徒制 → xinxingxuetuzhi, xxxtz). Runs in pinyin-worker.ts,
 * so pinyin-pro's dictionary stays out of the main thread.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

export function normalise(q: string): string {
  return q.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Full pinyin and initials of a name; null when it has no Han character. */
export function pinyinForms(s: string): { full: string; initials: string } | null {
  if (!HAN.test(s)) return null;
  const syllables = pinyin(s, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const initials = syllables.map((p) => (/^[a-z]/i.test(p) && !/\d/.test(p) ? p[0] : p)).join('');
  return { full: normalise(syllables.join('')), initials: normalise(initials) };
}
