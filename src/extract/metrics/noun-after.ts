import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import counts from './counts.json' with { type: 'json' };

let jieba: Jieba | null = null;
const OVERRIDES = counts.nounAfter.tagOverrides as Record<string, string>;
const NOUN_TAG = new RegExp(`^(?:${counts.nounAfter.nounTags.join('|')})$`);
const MODIFIER_TAG = new RegExp(`^(?:${counts.nounAfter.modifierTags.join('|')})$`);
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
  for (const { word, tag } of tagger().tag(span)) {
    const t = OVERRIDES[word] ?? tag;
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
