import type { Loader } from 'astro/loaders';
import { renderArticle } from '../markdown/render-article.ts';
import { contentDirs, readArticles } from './read-articles.ts';

/**
 * Loads content/articles/ with our own validation and our own Markdown
 * pipeline instead of Astro's glob loader: Astro's YAML parser rewrites invalid
 * dates, its clean builds let duplicate ids through, and its default Markdown
 * processor runs no remark/rehype plugins (DESIGN.md §1).
 * Rendering is skipped for entries whose file has not changed since the last build.
 */
export function articleLoader(root: string): Loader {
  const dirs = contentDirs(root);
  return {
    name: 'dossier-articles',
    async load({ store, generateDigest, watcher, logger }) {
      const sync = async () => {
        const articles = readArticles(dirs);
        const keep = new Set(articles.map((a) => a.slug));
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
        for (const article of articles) {
          const digest = generateDigest(article.raw);
          if (store.get(article.slug)?.digest === digest) continue;
          const { html, text } = await renderArticle(article.body);
          store.set({
            id: article.slug,
            data: article.data,
            body: article.body,
            filePath: article.file,
            digest,
            rendered: { html, metadata: { text } },
          });
        }
      };
      await sync();
      watcher?.add(dirs.articles);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dirs.articles) && !path.startsWith(dirs.sources)) return;
        sync().catch((error: unknown) => logger.error(String(error instanceof Error ? error.message : error)));
      });
    },
  };
}
