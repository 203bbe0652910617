import cues from '../header/cues.json' with { type: 'json' };
import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';
import { escapeRegExp } from '../match/regex.js';

const HAN = /\p{Script=Han}/u;
const BEFORE_OK = new Set(['的', '、', '和', '与', '及', '由', '请', '向']);
const AFTER_OK = [...cues.honorifics, ...cues.notName, '、', '和', '等'];

/** Is the name written on its own here, not inside a longer name or word (王伟 in 王伟东)? */
function standsAlone(text: string, start: number, end: number): boolean {
  const prev = text[start - 1] ?? '';
  const okBefore = !HAN.test(prev) || BEFORE_OK.has(prev);
  const okAfter = !HAN.test(text[end] ?? '') || AFTER_OK.some((w) => text.startsWith(w, end));
  return okBefore && okAfter;
}

/** Person mentions: the proposers, the signer and the contacts the header names, wherever they stand alone in the text (the name only). */
export const person: Recognizer = {
  name: 'person',
  priority: 60,
  recognize(ctx: ExtractContext): Mention[] {
    const f = ctx.fields;
    const names = new Set([...(f.proposers ?? []), ...(f.signer ? [f.signer] : []), ...(f.contacts ?? [])].filter((n) => n.length >= 2));
    const out: Mention[] = [];
    for (const name of names) {
      // (a name may be written spaced to the width of three characters: 王  芳)
      const written = new RegExp([...name].map(escapeRegExp).join('[ \\t\u3000]*'), 'gu');
      for (const m of ctx.text.matchAll(written)) {
        const end = m.index + m[0].length;
        if (standsAlone(ctx.text, m.index, end)) out.push({ type: 'Person', name, surface: m[0], start: m.index, end, source: 'person' });
      }
    }
    return out;
  },
};
