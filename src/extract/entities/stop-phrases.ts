import stop from '../../lexicon/stop-phrases.json' with { type: 'json' };

const STOP = new Set(stop.phrases.map((p) => p.replace(/[“”"]/g, '')));

/** True for phrases that look like entities but are not (src/lexicon/stop-phrases.json). */
export function isStopPhrase(name: string): boolean {
  return STOP.has(name.replace(/[“”"]/g, ''));
}

/** A plausible name: has a Chinese character, no sentence punctuation. */
export function looksLikeName(s: string): boolean {
  return /[\u4e00-\u9fa5]/.test(s) && !/[，。；：！？\s]/.test(s);
}
