import type { Seo } from './seo.ts';
import type { Article, Site } from '../site/site-data.ts';
import { publishedLabel, sourceLabel } from '../site/article-labels.ts';
import { HTML_LANG, type Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { ShownField } from '../schemas/shown-field.ts';
import { labelledSummary, titleIn } from '../site/field-labels.ts';
import { htmlLang } from '../i18n/locales.ts';
import { originalTitle } from '../schemas/shown-field.ts';
import { entityNode } from './entity-seo.ts';

/**
 * How an article presents itself when shared: Open Graph and Slack labels,
 * and JSON-LD NewsArticle with the entities it is about and mentions. The
 * article page and its permalink `/a/{id}/` use the same.
 */
export function articleSeo(site: Site, article: Article, lang: Locale, siteUrl: URL): Seo {
  const t = useTranslations(lang);
  const { entityById, index } = site;
  const data = article.data;
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const source = sourceLabel(data, lang, true);
  const published = publishedLabel(data, lang);
  const entityLd = (id: string) => entityNode(entityById.get(id)!.data, id, lang, siteUrl);
  const named = index.byArticle.get(article.id) ?? [];
  const pageUrl = absolute(paths.article(lang, article.id));
  const title = titleIn(data, lang);
  const summary = labelledSummary(data, lang);
  // Not yet reviewed: a title or summary a program drafted, or one missing in this language.
  const draft = [title.shown, summary.shown].some((s) => s === undefined || s.fallback || s.field.status === 'machine');
  return {
    type: 'article',
    image: paths.articleCard(lang, article.id),
    imageAlt: t('card.alt.article', { title: title.text, source, date: published }),
    publishedTime: data.published.date,
    labels: [
      [t('seo.source'), source],
      [t('seo.published'), published],
    ],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: title.text,
      ...(summary.shown ? { description: summary.text, abstract: fieldLd(summary.shown, pageUrl) } : {}),
      ...(draft ? { creativeWorkStatus: 'Draft' } : {}),
      inLanguage: HTML_LANG[lang],
      url: pageUrl,
      image: absolute(paths.articleCard(lang, article.id)),
      ...(data.published.date ? { datePublished: data.published.date } : {}),
      ...(data.source.publisher ? { publisher: { '@type': 'Organization', name: data.source.publisher.name } } : {}),
      // The original's author as its page states it: the writer of the source, not of this page.
      isBasedOn: {
        '@type': 'NewsArticle',
        ...(originalTitle(data) ? { headline: originalTitle(data) } : {}),
        inLanguage: data.language,
        ...(data.source.author ? { author: { '@type': 'Person', name: data.source.author } } : {}),
      },
      about: named.slice(0, 2).map((e) => entityLd(e.entityId)),
      mentions: named.map((e) => entityLd(e.entityId)),
    },
  };
}

/**
 * The summary as a CreativeWork that says who wrote it: a person, or a program
 * (which, with which model or method, when, from which passages), and its own
 * language when the page borrows another's.
 */
function fieldLd(shown: ShownField, pageUrl: string) {
  const { field } = shown;
  const common = { '@type': 'CreativeWork', text: shown.text, inLanguage: htmlLang(shown.lang) };
  if (field.status !== 'machine') return { ...common, creativeWorkStatus: field.status === 'written' ? 'written by a person' : 'translated by a person' };
  return {
    ...common,
    creativeWorkStatus: 'machine-drafted, not reviewed',
    author: { '@type': 'SoftwareApplication', name: field.program, ...(field.model ? { softwareVersion: field.model } : {}) },
    ...(field.method ? { description: `method: ${field.method}` } : {}),
    dateCreated: field.at,
    ...(field.passages ? { isBasedOn: field.passages.map((id) => `${pageUrl}#${id}`) } : {}),
  };
}
