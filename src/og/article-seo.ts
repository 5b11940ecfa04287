import type { Seo } from '../layouts/Base.astro';
import { getSite, type Article } from '../content.ts';
import { publishedLabel, sourceLabel } from '../i18n/article-labels.ts';
import { HTML_LANG, type Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { EntityType } from '../schemas/entity.ts';

const SCHEMA_TYPE: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  product: 'Product',
  project: 'Project',
  infrastructure: 'Thing',
  place: 'Place',
  event: 'Event',
  concept: 'Thing',
};

/**
 * How an article presents itself when shared: Open Graph and Slack labels,
 * and JSON-LD NewsArticle with the entities it is about and mentions. The
 * article page and its permalink `/a/{id}/` use the same.
 */
export async function articleSeo(article: Article, lang: Locale, site: URL): Promise<Seo> {
  const t = useTranslations(lang);
  const { entityById, index } = await getSite();
  const data = article.data;
  const absolute = (path: string) => new URL(path, site).href;
  const source = sourceLabel(data, lang, true);
  const published = publishedLabel(data, lang);
  const entityLd = (id: string) => {
    const entity = entityById.get(id)!.data;
    const sameAs = [entity.wikidata && `https://www.wikidata.org/wiki/${entity.wikidata}`, entity.url].filter(Boolean);
    return { '@type': SCHEMA_TYPE[entity.type], name: entity.name[lang], url: absolute(paths.entity(lang, id)), ...(sameAs.length ? { sameAs } : {}) };
  };
  const named = index.byArticle.get(article.id) ?? [];
  return {
    type: 'article',
    image: paths.articleCard(lang, article.id),
    imageAlt: t('card.alt.article', { title: data.title[lang]!, source, date: published }),
    publishedTime: data.published.date,
    labels: [
      [t('seo.source'), source],
      [t('seo.published'), published],
    ],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: data.title[lang],
      description: data.summary[lang],
      inLanguage: HTML_LANG[lang],
      url: absolute(paths.article(lang, article.id)),
      image: absolute(paths.articleCard(lang, article.id)),
      ...(data.published.date ? { datePublished: data.published.date } : {}),
      ...(data.source.publisher ? { publisher: { '@type': 'Organization', name: data.source.publisher.name } } : {}),
      isBasedOn: { '@type': 'NewsArticle', headline: data.title[data.language], inLanguage: data.language },
      about: named.slice(0, 2).map((e) => entityLd(e.entityId)),
      mentions: named.map((e) => entityLd(e.entityId)),
    },
  };
}
