import { createHash } from 'node:crypto';
import { articleMetadata, getSite, sameStory, type Article, type Entity } from './content.ts';

/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page returned by
 * getStaticPaths() with a `cacheKey` is copied from the last build when its key and its code are
 * unchanged. Astro hashes the code (each page's module graph: templates, UI strings, the pipeline);
 * the key covers the content, that is every input the page shows, here in one place.
 * A page that reads something new must add it here: keys.test.ts builds a site, renames an entity
 * and checks that every page showing the name changes and no other.
 */

const hash = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

function memo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const found = new WeakMap<K, V>();
  return (key) => {
    let value = found.get(key);
    if (value === undefined) found.set(key, (value = compute(key)));
    return value;
  };
}

/** What another page shows of an article (title, source, date, flags: its data only, never its text). */
const articleShown = memo((article: Article) => hash(article.id, article.data));
/**
 * Everything about an article: its data and what the loader derived (mentions, and the parts file of its
 * text and linked summaries, named by the digest of what it holds).
 */
const articleWhole = memo((article: Article) => hash(articleShown(article), articleMetadata(article)));
/** What another page shows of an entity: its data (names in every language, type, description, links, relations). */
const entityShown = memo((entity: Entity) => hash(entity.id, entity.data));

/**
 * An article's page, its old slugs' pages and its permalink: the article, its story, the entities it names, its related articles.
 * Once per article: the article pages and the permalinks both ask.
 */
export const articlePageKey = memo(async (article: Article): Promise<string> => {
  const site = await getSite();
  const { index, entityById, articleBySlug } = site;
  const named = (index.byArticle.get(article.id) ?? []).map((e) => [e.entityId, e.count, entityShown(entityById.get(e.entityId)!)]);
  const related = index.related(article.id).map((r) => [r.articleId, r.shared, articleShown(articleBySlug.get(r.articleId)!)]);
  const story = sameStory(site, article).map(articleShown);
  return hash(articleWhole(article), named, related, story);
});

/**
 * An entity's page: the entity, each article that mentions it (its data and the mentions), the entities
 * it relates to or is named with (their names and counts), and the articles its statements rest on.
 */
export async function entityPageKey(entity: Entity): Promise<string> {
  const { index, entityById, articleBySlug, articleByDataId, relationsTo } = await getSite();
  const sourceArticles = (ids: readonly string[]) => ids.map((id) => (articleByDataId.has(id) ? articleShown(articleByDataId.get(id)!) : null));
  const mentioned = (index.byEntity.get(entity.id) ?? []).map((m) => [articleShown(articleBySlug.get(m.articleId)!), m.mentions, m.summary]);
  const forward = entity.data.relations.map((r) => [entityById.has(r.of) ? entityShown(entityById.get(r.of)!) : null, sourceArticles(r.articles)]);
  const inverse = (relationsTo.get(entity.id) ?? []).map(({ from, relation }) => [entityShown(from), sourceArticles(relation.articles)]);
  const described = sourceArticles(entity.data.descriptionBasis?.articles ?? []);
  const coMentioned = index.coMentions(entity.id).map((c) => [c, index.articleCount(c.entityId), entityShown(entityById.get(c.entityId)!)]);
  return hash(entityShown(entity), index.articleCount(entity.id), mentioned, forward, inverse, described, coMentioned);
}

/** A card: what it says. */
export const cardKey = (card: unknown) => hash(card);
