import { isLocale, LOCALES, type Locale } from '../i18n/locales.ts';
import type { ArticleData } from './article.ts';
import { hasText, type Field, type FieldWithText } from './authorship.ts';

/** What a page in one language shows for a title or summary: the field, in that language or, when missing there, another's. */
export interface ShownField {
  text: string;
  /** The language the text is in (the page's, or another when `fallback`). */
  lang: string;
  field: FieldWithText;
  /** True when the page's language has none and this is another language's text. */
  fallback: boolean;
}

/** Languages to fall back on, best first: the one the field was written in, then the original's, then the site's. */
function pick(fields: Record<string, Field>, lang: Locale, preferred: readonly string[]): ShownField | undefined {
  const own = fields[lang];
  if (hasText(own)) return { text: own.text, lang, field: own, fallback: false };
  for (const other of new Set([...preferred, ...LOCALES, ...Object.keys(fields)])) {
    const field = fields[other];
    if (other !== 'editorial' && other !== 'writtenIn' && hasText(field)) return { text: field.text, lang: other, field, fallback: true };
  }
  return undefined;
}

/** The summary a page in `lang` shows, or undefined when no language has one yet. */
export function shownSummary(data: ArticleData, lang: Locale): ShownField | undefined {
  const { writtenIn, ...fields } = data.summary;
  return pick(fields, lang, [writtenIn, ...(isLocale(data.language) ? [data.language] : [])]);
}

/** The title a page in `lang` shows, or undefined when no language has one yet. */
export function shownTitle(data: ArticleData, lang: Locale): ShownField | undefined {
  const { editorial: _, ...fields } = data.title;
  return pick(fields as Record<string, Field>, lang, [data.language, data.summary.writtenIn]);
}

/** The title in its original language, when there is one. */
export function originalTitle(data: ArticleData): string | undefined {
  const field = data.title[data.language];
  return hasText(field) ? field.text : undefined;
}
