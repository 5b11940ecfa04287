import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;

let articles: Promise<Article[]> | undefined;

/** Every article, newest first; articles without a date come last. Queried once per build. */
export function getArticles(): Promise<Article[]> {
  articles ??= getCollection('articles').then((all) =>
    all.sort(
      (a, b) =>
        (b.data.published.date ?? '').localeCompare(a.data.published.date ?? '') || a.id.localeCompare(b.id),
    ),
  );
  return articles;
}

/** The other articles that tell the same story. */
export async function sameStory(article: Article): Promise<Article[]> {
  const { story } = article.data;
  if (!story) return [];
  return (await getArticles()).filter((a) => a.data.story === story && a.id !== article.id);
}
