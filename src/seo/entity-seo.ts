import type { Seo } from './seo.ts';
import type { Entity, Site } from '../site/site-data.ts';
import type { Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import { titleIn } from '../site/field-labels.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { EntityData, EntityType } from '../schemas/entity.ts';

/** The schema.org type each entity type is published as. */
export const SCHEMA_TYPE: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  product: 'Product',
  project: 'Project',
  infrastructure: 'Thing',
  place: 'Place',
  event: 'Event',
  concept: 'Thing',
};

/** An entity as a JSON-LD node: its type, name, page and the identifiers it is known by elsewhere. */
export function entityNode(entity: EntityData, id: string, lang: Locale, site: URL): Record<string, unknown> {
  const sameAs = [entity.wikidata && `https://www.wikidata.org/wiki/${entity.wikidata}`, entity.url].filter(Boolean);
  return { '@type': SCHEMA_TYPE[entity.type], name: entity.name[lang], url: new URL(paths.entity(lang, id), site).href, ...(sameAs.length ? { sameAs } : {}) };
}

/**
 * How an entity page presents itself when shared, and its JSON-LD. Structured
 * data is read by machines as fact, so it states only what the articles
 * report as fact: a description or relation that rests only on flagged
 * sources (entities/claims.ts) is left out, as the page shows it as a claim.
 */
export function entitySeo(site: Site, entity: Entity, lang: Locale, siteUrl: URL): Seo {
  const t = useTranslations(lang);
  const { entityById, articleBySlug, index, claimOf } = site;
  const { data } = entity;
  const describedAsFact = !data.descriptionBasis || claimOf(data.descriptionBasis).length === 0;
  const node = (id: string) => entityNode(entityById.get(id)!.data, id, lang, siteUrl);
  // A person's organisations, by the only relation kind schema.org can say without inventing a role.
  const facts = data.relations.filter((r) => claimOf(r).length === 0 && entityById.get(r.of)?.data.type === 'organization');
  const affiliation = data.type === 'person' ? facts.filter((r) => r.status === 'current').map((r) => node(r.of)) : [];
  const alumniOf = data.type === 'person' ? facts.filter((r) => r.status === 'former').map((r) => node(r.of)) : [];
  const subjectOf = (index.byEntity.get(entity.id) ?? []).map(({ articleId }) => {
    const article = articleBySlug.get(articleId)!;
    return { '@type': 'NewsArticle', headline: titleIn(article.data, lang).text, url: new URL(paths.article(lang, article.id), siteUrl).href };
  });
  return {
    image: paths.entityCard(lang, entity.id),
    imageAlt: t('card.alt.entity', { name: data.name[lang], description: data.description[lang] }),
    jsonLd: {
      '@context': 'https://schema.org',
      ...entityNode(data, entity.id, lang, siteUrl),
      ...(describedAsFact ? { description: data.description[lang] } : {}),
      ...(affiliation.length ? { affiliation } : {}),
      ...(alumniOf.length ? { alumniOf } : {}),
      ...(subjectOf.length ? { subjectOf } : {}),
    },
  };
}
