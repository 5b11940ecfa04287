import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { EntityMatcher } from '../entities/entity-matcher.ts';
import { isStopword } from './cleaning/stopwords.ts';
import { segmenter } from '../lib/intl.ts';

/** Words that start a sentence or a title and so are capitalised without being names. */
const FUNCTION_WORDS = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'For',
  'And',
  'But',
  'Or',
  'Le',
  'La',
  'Les',
  'Un',
  'Une',
  'Des',
  'Der',
  'Die',
  'Das',
  'Ein',
  'Eine',
  'El',
  'Los',
  'Las',
  'Il',
]);

/** jieba's part-of-speech tags for names: people, places, organisations, other proper nouns. */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz']);

let jieba: Jieba | undefined;

/**
 * Names the text uses that the registry does not know, for an editor to judge
 * (the registry stays hand-made): runs of two or more capitalised words
 * ("Satya Nadella"), single words that recur mid-sentence as names do
 * ("Nvidia" twice; in German, where every noun is capitalised, only words with
 * inner capitals or all capitals such as "OpenAI", "SAP"), Chinese names that
 * jieba's tagger marks as people, places or organisations, and recurring
 * katakana words in Japanese.
 */
export function suggestEntities(text: string, known: EntityMatcher, language = 'en'): string[] {
  const covered = (start: number, end: number) => known.find(text.slice(start, end)).some((m) => m.end - m.start === end - start);
  const found = new Map<string, number>();
  const add = (name: string, weight: number) => found.set(name, (found.get(name) ?? 0) + weight);

  const capitalised = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}’'-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}’'-]*)+)/gu;
  for (const m of text.matchAll(capitalised)) {
    const words = m[1]!.split(/\s+/);
    while (words.length && (FUNCTION_WORDS.has(words[0]!) || isStopword(words[0]!, language))) words.shift();
    const name = words.join(' ').replace(/[’']s$/, '');
    const start = m.index + Math.max(0, m[1]!.indexOf(words[0] ?? ''));
    if (words.length >= 2 && !covered(start, m.index + m[1]!.length)) add(name, 2);
  }
  // A single capitalised word after a lower-case word or a comma: not a sentence start.
  const single = /(?<=(?:^|[\s(])\p{Ll}[\p{L}\p{M}]*,? )(\p{Lu}[\p{L}\p{M}]{2,})(?![\p{L}\p{M}]| \p{Lu})/gu;
  for (const m of text.matchAll(single)) {
    const word = m[1]!;
    if (language === 'de' && !/\p{Lu}.*\p{Lu}/u.test(word)) continue;
    if (!covered(m.index, m.index + word.length)) add(word, 1);
  }
  if (/\p{Script=Han}/u.test(text) && (language === 'zh' || language.startsWith('zh'))) {
    jieba ??= Jieba.withDict(dict);
    let offset = 0;
    for (const { word, tag } of jieba.tag(text)) {
      const at = text.indexOf(word, offset);
      if (at !== -1) offset = at + word.length;
      if (NAME_TAGS.has(tag) && /^\p{Script=Han}{2,8}$/u.test(word) && !(at !== -1 && covered(at, at + word.length)))
        add(word, tag === 'nz' || tag === 'ns' ? 1 : 2);
    }
  }
  if (language === 'ja') {
    for (const s of segmenter('ja', 'word').segment(text)) {
      // Most katakana words are loanwords ("データ"); names are longer ("ソフトバンク") and recur.
      if (/^\p{Script=Katakana}[\p{Script=Katakana}ー]{3,}$/u.test(s.segment) && !covered(s.index, s.index + s.segment.length)) add(s.segment, 1);
    }
  }
  return [...found].filter(([, n]) => n >= 2).map(([name]) => name);
}
