import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { segmenter } from '../../lib/intl.ts';

const LISTS = stopwordsIso as Record<string, string[]>;
const sets = new Map<string, Set<string>>();

function stopwordsOf(language: string): Set<string> {
  const primary = language.split('-')[0]!;
  let set = sets.get(primary);
  if (!set) sets.set(primary, (set = new Set((LISTS[primary] ?? LISTS.en!).map((w) => w.toLowerCase()))));
  return set;
}

export interface WordStats {
  /** Words, as Intl.Segmenter counts them in the text's language (so Chinese and Japanese count too). */
  words: number;
  /** Share of those words that are stop words of the language (stopwords-iso): high in prose, low in menus and headlines. */
  stopwordDensity: number;
}

export function wordStats(text: string, language: string): WordStats {
  const stop = stopwordsOf(language);
  let words = 0;
  let stops = 0;
  for (const s of segmenter(language, 'word').segment(text)) {
    if (!s.isWordLike) continue;
    words++;
    if (stop.has(s.segment.toLowerCase())) stops++;
  }
  return { words, stopwordDensity: words === 0 ? 0 : stops / words };
}

/** Whether a word is a stop word of the language ("Zum", "The", "Les"), whatever its case. */
export const isStopword = (word: string, language: string) => stopwordsOf(language).has(word.toLowerCase());
