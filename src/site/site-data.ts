// The data every page shares, derived once from the two collections. Pure: given the articles and
// entities it builds the indexes, so unit tests can build a site without Astro's content layer
// (content.ts queries the collections and calls buildSite once per build).
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { searchNamesOf } from '../entities/entity-aliases.ts';
import { claimReasons, type Basis, type ClaimReason } from '../entities/claims.ts';
import { readStoredMetadata, type ArticleMetadata, type StoredArticleMetadata } from '../loaders/stored-metadata.ts';
import { readParts, type ArticleParts } from '../loaders/article-parts.ts';
import { EntityIndex } from './entity-index.ts';

export type Article = CollectionEntry<'articles'>;
export type Entity = CollectionEntry<'entities'>;

export interface Site {
  /** Newest first; articles without a date come last. */
  articles: Article[];
  /** By slug (the collection's id, which is also the URL's). */
  articleBySlug: Map<string, Article>;
  /** By permanent id (`data.id`, the `/a/{id}/` permalink's): relations and descriptions cite articles by it. */
  articleByDataId: Map<string, Article>;
  entities: Entity[];
  entityById: Map<string, Entity>;
  /** The articles of each story, newest first. */
  articlesByStory: Map<string, Article[]>;
  /** For each entity, the relations other entities state towards it. */
  relationsTo: Map<string, { from: Entity; relation: Entity['data']['relations'][number] }[]>;
  /** Every name and alias of each entity in all languages: what search finds it by. */
  searchNames: Map<string, string[]>;
  index: EntityIndex;
  /** Why a relation or description is only a claim (see entities/claims.ts); empty when the articles report it as fact. */
  claimOf: (basis: Basis) => ClaimReason[];
  /** An entity's name in a site language: the one name every page, list and link shows. */
  nameOf: (entityId: string, lang: Locale) => string;
}

const metadataOf = new WeakMap<Article, ArticleMetadata>();

/** What the article loader derived for every page: mentions, and where the rest is (unpacked once per build). */
export function articleMetadata(article: Article): ArticleMetadata {
  let metadata = metadataOf.get(article);
  if (!metadata) metadataOf.set(article, (metadata = readStoredMetadata(article.rendered?.metadata as unknown as StoredArticleMetadata)));
  return metadata;
}

/** What only the article's own page shows: its text as HTML and as plain text, and the summary each language's page shows. */
export function articleParts(article: Article): ArticleParts {
  return readParts(articleMetadata(article).partsFile);
}

export function buildSite(collectedArticles: readonly Article[], collectedEntities: readonly Entity[]): Site {
  const articles = [...collectedArticles].sort((a, b) => (b.data.published.date ?? '').localeCompare(a.data.published.date ?? '') || a.id.localeCompare(b.id));
  const entities = [...collectedEntities].sort((a, b) => a.id.localeCompare(b.id));
  const index = new EntityIndex(
    articles.map((a) => ({ id: a.id, story: a.data.story, mentions: articleMetadata(a).mentions, summaryMentions: articleMetadata(a).summaryMentions })),
  );
  const relationsTo = new Map<string, { from: Entity; relation: Entity['data']['relations'][number] }[]>();
  for (const from of entities) {
    for (const relation of from.data.relations) {
      const list = relationsTo.get(relation.of);
      if (list) list.push({ from, relation });
      else relationsTo.set(relation.of, [{ from, relation }]);
    }
  }
  const articleByDataId = new Map(articles.map((a) => [a.data.id, a]));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  return {
    articles,
    articleBySlug: new Map(articles.map((a) => [a.id, a])),
    articleByDataId,
    entities,
    entityById,
    articlesByStory: Map.groupBy(
      articles.filter((a) => a.data.story),
      (a) => a.data.story!,
    ),
    relationsTo,
    searchNames: new Map(entities.map((e) => [e.id, searchNamesOf(e.data)])),
    index,
    claimOf: (basis) => claimReasons(basis, (id) => articleByDataId.get(id)?.data.notes.flags),
    nameOf: (entityId, lang) => entityById.get(entityId)!.data.name[lang],
  };
}

/** The other articles that tell the same story, newest first. */
export function sameStory(site: Site, article: Article): Article[] {
  const { story } = article.data;
  return story ? (site.articlesByStory.get(story) ?? []).filter((a) => a.id !== article.id) : [];
}
