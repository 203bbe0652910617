import type { ExtractContext } from '../context.js';
import type { Mention } from '../types.js';
import type { Recognizer } from './recognizer.js';

/** Person mentions: the proposers, the signer and the contacts the header names, wherever they are written (the name only). */
export const person: Recognizer = {
  name: 'person',
  priority: 60,
  recognize(ctx: ExtractContext): Mention[] {
    const f = ctx.fields;
    const names = new Set([...(f.proposers ?? []), ...(f.signer ? [f.signer] : []), ...(f.contacts ?? [])].filter((n) => n.length >= 2));
    const out: Mention[] = [];
    for (const name of names) {
      for (let at = ctx.text.indexOf(name); at >= 0; at = ctx.text.indexOf(name, at + name.length)) {
        out.push({ type: 'Person', name, surface: name, start: at, end: at + name.length, source: 'person' });
      }
    }
    return out;
  },
};
