import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import counts from './counts.json' with { type: 'json' };

let jieba: Jieba | null = null;
const OVERRIDES = counts.nounAfter.tagOverrides as Record<string, string>;
const NOUN_TAG = new RegExp(`^(?:${counts.nounAfter.nounTags.join('|')})$`);
const MODIFIER_TAG = new RegExp(`^(?:${counts.nounAfter.modifierTags.join('|')})$`);
const HEAD_NOUNS = new Set(counts.nounAfter.headNouns);
const FINAL_HEAD_NOUNS = new Set(counts.nounAfter.finalHeadNouns);
/** Tags of the words a phrase may hold before its head noun (nouns, verbs, adjectives, distinguishers). */
const PHRASE_TAG = /^(?:n[a-z]*|v|vn|a|an|b|j|l)$/;
const HEAD_LOOKAHEAD = 4;
const CLASSIFIERS = new Set(counts.nounAfter.classifiers);
const VERB_TAG = /^v/;
const STOP = /[，,。；;：:！!？?（(）)、\n\d０-９]/;

function tagger(): Jieba {
  return (jieba ??= Jieba.withDict(dict));
}

/**
 * The noun a figure quantifies when the figure stands before it: 1所院校携手3家企业 →
 * 院校 / 企业; 326名选手参赛 → 选手. The words right after the figure are read while they
 * are nouns (jieba part-of-speech tags, with the corrections of counts.json for words the
 * dictionary tags wrongly: 选手 is a noun, 参赛 a verb); '' when the figure is not followed
 * by a noun (培训4859人，; 4300余人达成就业意向).
 */
export function nounAfter(text: string, end: number, maxLen = 16): string {
  let e = end;
  while (e < text.length && e - end < maxLen && !STOP.test(text[e]!)) e++;
  const span = text.slice(end, e).replace(/[\s\u3000“”"‘’*]/g, '');
  if (!/^[\u4e00-\u9fa5]/.test(span) || counts.nounAfter.notNounStart.some((w) => span.startsWith(w))) return '';
  let out = '';
  let modifier = '';
  const words = tagger().tag(span).map(({ word, tag }) => ({ word, tag: OVERRIDES[word] ?? tag }));
  // verbs inside the phrase before its head noun: 企业退休人员, 返乡创业人员, 新就业形态劳动者
  let head = -1;
  const verbMayOpen = CLASSIFIERS.has(text[end - 1]!);
  if (verbMayOpen || !VERB_TAG.test(words[0]?.tag ?? '')) {
    for (let j = 0; j < Math.min(words.length, HEAD_LOOKAHEAD + 1) && PHRASE_TAG.test(words[j]!.tag); j++) {
      if (!HEAD_NOUNS.has(words[j]!.word)) continue;
      head = j;
      if (FINAL_HEAD_NOUNS.has(words[j]!.word)) break;
    }
  }
  if (head >= 0) {
    // after the head, only nouns proper extend it (人员队伍), not verbal nouns (人员创办)
    let j = head + 1;
    while (j < words.length && /^n/.test(words[j]!.tag)) j++;
    return words.slice(0, j).map((w) => w.word).join('');
  }
  for (let i = 0; i < words.length; i++) {
    const { word, tag: t } = words[i]!;
    // one adjective may open the noun phrase (困难群众), but a noun must follow it
    if (!out && !modifier && MODIFIER_TAG.test(t)) {
      modifier = word;
      continue;
    }
    if (!NOUN_TAG.test(t)) break;
    out += word;
  }
  return out ? modifier + out : '';
}
