// What an article's page shows, beside its rendered text: computed here, typed and unit-tested,
// so the page template only lays it out (pages/[lang]/articles/[slug].astro).
import type { Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import { languageName, useTranslations } from '../i18n/translate.ts';
import { originalTitle } from '../schemas/shown-field.ts';
import { publishedLabel } from './article-labels.ts';
import { fieldLabels, labelledSummary, titleIn } from './field-labels.ts';
import { sameStory, type Article, type Site } from './site-data.ts';

/** The most mentioned names show at once; the rest open on demand, so the text starts on a phone's second screen. */
export const NAMED_SHOWN = 6;

export function articleView(site: Site, article: Article, lang: Locale, siteUrl: URL) {
  const t = useTranslations(lang);
  const { data } = article;
  const title = titleIn(data, lang);
  const summary = labelledSummary(data, lang);
  const named = (site.index.byArticle.get(article.id) ?? []).map((e) => ({ ...e, name: site.nameOf(e.entityId, lang) }));
  // Hiding only one or two names would cost a click to save a line.
  const namedShown = named.length > NAMED_SHOWN + 2 ? named.slice(0, NAMED_SHOWN) : named;
  const summaryField = summary.shown?.field;
  const pageUrl = new URL(paths.article(lang, article.id), siteUrl).href;
  return {
    title,
    titleLabels: fieldLabels('title', title.shown, lang),
    /** The title in the original's language, above its text, when the page shows another. */
    originalTitle: originalTitle(data),
    summary,
    /** Who wrote the summary shown, when a person did: in its own language, or translating. A program's credit is its own line. */
    summaryNote:
      summaryField === undefined || summaryField.status === 'machine'
        ? undefined
        : summaryField.status === 'written'
          ? t('article.summary.original', { language: languageName(summary.shown!.lang, lang) })
          : t('article.summary.translated', { language: languageName(data.summary.writtenIn, lang) }),
    named: { shown: namedShown, more: named.slice(namedShown.length), all: named.length },
    story: sameStory(site, article),
    related: site.index
      .related(article.id)
      .map((r) => ({ article: site.articleBySlug.get(r.articleId)!, shared: r.shared.slice(0, 4).map((id) => site.nameOf(id, lang)) })),
    pageUrl,
    /** What a citation names: the publisher (or the original source) and the date, each only when known. */
    citation: {
      title: title.text,
      source: data.source.publisher?.name ?? data.source.origin ?? '',
      date: data.published.date ? publishedLabel(data, lang) : '',
      url: pageUrl,
    },
  };
}
