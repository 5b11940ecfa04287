import { eng, fra, zho } from 'stopword';
import type { Locale } from '../i18n/locales.ts';
import type { SurfaceForm } from './entity-aliases.ts';

/**
 * The common words of each site language: `stopword`'s short lists of function words ("the",
 * "le", "的"…). Not stopwords-iso, which ingest uses to measure prose: its English list is
 * "comprehensive" enough to hold "microsoft", a name this registry must be able to link.
 */
const COMMON_WORDS: Record<Locale, ReadonlySet<string>> = { en: new Set(eng), fr: new Set(fra), zh: new Set(zho) };

// Scripts written without spaces: one character there is a word, elsewhere a letter.
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;
const graphemes = (text: string) => [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].length;

/** Shortest form matched without an override: 2 characters in Chinese or Japanese, 3 elsewhere ("AI" would match in every text about AI). */
export function minimumLength(text: string): number {
  return UNSPACED.test(text) ? 2 : 3;
}

/**
 * Why a surface form would link far more than its entity, or undefined when it is
 * fine: a common word of the language ("the", "le", "的"), or too short for its
 * script. An alias object can allow either on purpose (`allowShort`, `allowCommonWord`).
 */
export function aliasGuardProblem(form: SurfaceForm, lang: Locale): { problem: string; fix: string } | undefined {
  if (!form.allowCommonWord && COMMON_WORDS[lang].has(form.text.toLowerCase())) {
    return {
      problem: `"${form.text}" is a common word in ${lang}: it would link nearly every text.`,
      fix: `remove it, make it more specific, or write it as { text: "${form.text}", allowCommonWord: true } if it really names only this entity.`,
    };
  }
  const min = minimumLength(form.text);
  if (!form.allowShort && graphemes(form.text) < min) {
    return {
      problem: `"${form.text}" is too short to name one thing (under ${min} characters in its script): it would link unrelated words.`,
      fix: `use a longer form, or write it as { text: "${form.text}", allowShort: true } if it really names only this entity.`,
    };
  }
  return undefined;
}
