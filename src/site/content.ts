import { getCollection } from 'astro:content';
import { forceLayout, type GraphEdge, type PlacedNode } from '../entities/graph-layout.ts';
import { buildSite, type Article, type Site } from './site-data.ts';

export { articleMetadata, articleParts, sameStory, type Article, type Entity, type Site } from './site-data.ts';

let site: Promise<Site> | undefined;

/** Queries every collection once per build and derives the indexes every page shares. */
export function getSite(): Promise<Site> {
  site ??= (async () => buildSite(await getCollection('articles'), await getCollection('entities')))();
  return site;
}

export async function getArticles(): Promise<Article[]> {
  return (await getSite()).articles;
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
      return {
        nodes: forceLayout(
          top.map((e) => ({ id: e.id, weight: index.articleCount(e.id) })),
          edges,
          limits.width,
          limits.height,
        ),
        edges,
      };
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
