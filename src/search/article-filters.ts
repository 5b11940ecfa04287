import { createHash } from 'node:crypto';
import type { Locale } from '../i18n/locales.ts';
import type { ArticleData } from '../schemas/article.ts';
import { sourceLabel } from '../site/article-labels.ts';

/**
 * The values an article is filtered by in search, besides the entities it names. Filter values are
 * ids only (Pagefind's default UI would insert a value as HTML): the source is keyed by a hash of its
 * name, and its label comes from our own data.
 */
export function articleFilters(data: ArticleData, lang: Locale) {
  const name = data.source.publisher?.name ?? data.source.origin ?? data.source.credits?.[0];
  return {
    language: data.language.toLowerCase().split('-')[0]!,
    year: data.published.date?.slice(0, 4) ?? 'unknown',
    source: {
      id: name ? `s-${createHash('sha256').update(name).digest('hex').slice(0, 10)}` : 'unknown',
      label: sourceLabel(data, lang, true),
    },
  };
}
