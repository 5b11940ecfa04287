import { getCollection, type CollectionEntry } from 'astro:content';
import { searchNamesOf } from './lib/entity-aliases.ts';
import { claimReasons, type Basis, type ClaimReason } from './lib/claims.ts';
import { EntityIndex } from './lib/entity-index.ts';
import { forceLayout, type GraphEdge, type PlacedNode } from './lib/graph-layout.ts';
import type { ArticleMetadata } from './loaders/article-loader.ts';

export type Article = CollectionEntry<'articles'>;
export type Entity = CollectionEntry<'entities'>;

interface Site {
  /** Newest first; articles without a date come last. */
  articles: Article[];
  articleById: Map<string, Article>;
  entities: Entity[];
  entityById: Map<string, Entity>;
  /** Articles by their permanent id (relations cite articles by it). */
  articleByDataId: Map<string, Article>;
  /** For each entity, the relations other entities state towards it. */
  relationsTo: Map<string, { from: Entity; relation: Entity['data']['relations'][number] }[]>;
  /** Every name and alias of each entity in all languages: what search finds it by. */
  searchNames: Map<string, string[]>;
  index: EntityIndex;
  /** Why a relation or description is only a claim (see lib/claims.ts); empty when the articles report it as fact. */
  claimOf: (basis: Basis) => ClaimReason[];
}

let site: Promise<Site> | undefined;

/** Queries every collection once per build and derives the indexes every page shares. */
export function getSite(): Promise<Site> {
  site ??= (async () => {
    const articles = (await getCollection('articles')).sort(
      (a, b) => (b.data.published.date ?? '').localeCompare(a.data.published.date ?? '') || a.id.localeCompare(b.id),
    );
    const entities = (await getCollection('entities')).sort((a, b) => a.id.localeCompare(b.id));
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
    return {
      articles,
      articleById: new Map(articles.map((a) => [a.id, a])),
      entities,
      entityById: new Map(entities.map((e) => [e.id, e])),
      articleByDataId,
      relationsTo,
      searchNames: new Map(entities.map((e) => [e.id, searchNamesOf(e.data)])),
      index,
      claimOf: (basis) => claimReasons(basis, (id) => articleByDataId.get(id)?.data.notes.flags),
    };
  })();
  return site;
}

export async function getArticles(): Promise<Article[]> {
  return (await getSite()).articles;
}

/** What the article loader derived: text, mentions, linked summaries. */
export function articleMetadata(article: Article): ArticleMetadata {
  return article.rendered?.metadata as unknown as ArticleMetadata;
}

/** The other articles that tell the same story. */
export async function sameStory(article: Article): Promise<Article[]> {
  const { story } = article.data;
  if (!story) return [];
  return (await getArticles()).filter((a) => a.data.story === story && a.id !== article.id);
}

/**
 * The graph page draws the most mentioned names only, so that it stays readable and light at
 * 10,000 articles: all of them on a wide screen, the few most mentioned on a narrow one, each in a
 * box whose units are about CSS pixels where it is shown (`src/styles/global.css`, `.graph-wide`).
 */
export const SITE_GRAPHS = {
  wide: { nodes: 100, edges: 400, width: 920, height: 760, fontSize: 13 },
  narrow: { nodes: 12, edges: 36, width: 360, height: 500, fontSize: 16 },
} as const;

export interface DrawnGraph {
  nodes: PlacedNode[];
  edges: GraphEdge[];
}

let graph: Promise<{ wide: DrawnGraph; narrow: DrawnGraph; mentioned: number }> | undefined;

/** The site's entity graph, laid out once per build (it is the same in every language). */
export function siteGraph(): Promise<{ wide: DrawnGraph; narrow: DrawnGraph; mentioned: number }> {
  graph ??= (async () => {
    const { entities, index } = await getSite();
    const mentioned = entities.filter((e) => index.articleCount(e.id) > 0);
    const ranked = [...mentioned].sort((a, b) => index.articleCount(b.id) - index.articleCount(a.id) || a.id.localeCompare(b.id));
    const allEdges = index.edges().sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
    const draw = (limits: (typeof SITE_GRAPHS)[keyof typeof SITE_GRAPHS]): DrawnGraph => {
      const top = ranked.slice(0, limits.nodes);
      const drawn = new Set(top.map((e) => e.id));
      const edges = allEdges.filter((e) => drawn.has(e.source) && drawn.has(e.target)).slice(0, limits.edges);
      return { nodes: forceLayout(top.map((e) => ({ id: e.id, weight: index.articleCount(e.id) })), edges, limits.width, limits.height), edges };
    };
    return { wide: draw(SITE_GRAPHS.wide), narrow: draw(SITE_GRAPHS.narrow), mentioned: mentioned.length };
  })();
  return graph;
}

/** One line of the timeline: an article's publication, or an event an article states. */
export type TimelineEntry = { date: string; article: Article } & ({ kind: 'article' } | { kind: 'event'; text: Article['data']['events'][number]['text'] });

let timeline: Promise<{ years: Map<string, TimelineEntry[]>; undated: Article[] }> | undefined;

/** The timeline by year, newest year first and oldest entry first within a year; articles without a date apart. */
export function siteTimeline(): Promise<{ years: Map<string, TimelineEntry[]>; undated: Article[] }> {
  timeline ??= (async () => {
    const { articles } = await getSite();
    const entries: TimelineEntry[] = articles.flatMap((article) => [
      ...(article.data.published.date ? [{ date: article.data.published.date, kind: 'article' as const, article }] : []),
      ...article.data.events.map((e) => ({ date: e.date, kind: 'event' as const, text: e.text, article })),
    ]);
    // A month sorts before the days in it, as it is less precise; an event before an article of the same date.
    entries.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1));
    const byYear = new Map<string, TimelineEntry[]>();
    for (const entry of entries) {
      const list = byYear.get(entry.date.slice(0, 4));
      if (list) list.push(entry);
      else byYear.set(entry.date.slice(0, 4), [entry]);
    }
    return { years: new Map([...byYear].reverse()), undated: articles.filter((a) => !a.data.published.date) };
  })();
  return timeline;
}
