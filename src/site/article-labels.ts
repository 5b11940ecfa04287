import type { ArticleData } from '../schemas/article.ts';
import { formatPartialDate } from './dates.ts';
import { listFormat } from '../lib/intl.ts';
import { HTML_LANG, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';

/**
 * Who published an article (and, in the long form, who wrote it, as the page states), in words, the one place this is decided: pages,
 * cards, unfurl labels and citations all say it the same way.
 * `short` gives one phrase for lists and cards; the long form says how an
 * inferred publisher was inferred.
 */
export function sourceLabel(data: ArticleData, lang: Locale, short = false): string {
  const t = useTranslations(lang);
  const { publisher, origin, credits, author } = data.source;
  const parts: string[] = [];
  if (publisher) {
    parts.push(
      publisher.basis === 'inferred' && publisher.evidence && !short
        ? t('article.source.inferred', { name: publisher.name, evidence: publisher.evidence[lang] })
        : publisher.name,
    );
  } else if (!origin || !short) {
    parts.push(t('article.source.unknown'));
  }
  if (author && !short) parts.push(t('article.source.author', { name: author }));
  if (origin) parts.push(t('article.source.origin', { name: origin }));
  if (credits?.length && (!short || parts.length === 1)) parts.push(t('article.source.credits', { names: listFormat(lang).format(credits) }));
  return (short ? parts.slice(0, 2) : parts).join(' · ');
}

/** When an article was published, as precisely as the source says, or that it is unknown. */
export function publishedLabel(data: ArticleData, lang: Locale, explain = false): string {
  const t = useTranslations(lang);
  const { date, basis, evidence } = data.published;
  if (!date) return t('date.unknown');
  const shown = formatPartialDate(date, HTML_LANG[lang]);
  return basis === 'inferred' && explain && evidence ? t('article.published.inferred', { date: shown, evidence: evidence[lang] }) : shown;
}
