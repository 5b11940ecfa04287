import type { EntityMatcher } from '../entity-matcher.ts';

/** Words that start a sentence or a title and so are capitalised without being names. */
const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'For', 'And', 'But', 'Or', 'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Der', 'Die', 'Das', 'Ein', 'Eine', 'El', 'Los', 'Las', 'Il']);

/**
 * Names the text uses that the registry does not know: runs of two or more
 * capitalised words ("Satya Nadella", "Mistral Large"), and Chinese words
 * (by Intl.Segmenter) that occur at least twice. Suggestions for an
 * editor, not links: the registry stays hand-made.
 */
export function suggestEntities(text: string, known: EntityMatcher): string[] {
  const covered = (start: number, end: number) => known.find(text.slice(start, end)).some((m) => m.end - m.start === end - start);
  const found = new Map<string, number>();
  const capitalised = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}’'-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}’'-]*)+)/gu;
  for (const m of text.matchAll(capitalised)) {
    const words = m[1]!.split(/\s+/);
    while (words.length && FUNCTION_WORDS.has(words[0]!)) words.shift();
    const name = words.join(' ').replace(/[’']s$/, '');
    if (words.length >= 2 && !covered(m.index, m.index + m[1]!.length)) found.set(name, (found.get(name) ?? 0) + 2);
  }
  for (const word of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) {
    if (word.isWordLike && /^\p{Script=Han}{2,6}$/u.test(word.segment) && !covered(word.index, word.index + word.segment.length)) {
      found.set(word.segment, (found.get(word.segment) ?? 0) + 1);
    }
  }
  return [...found].filter(([, n]) => n >= 2).map(([name]) => name);
}
