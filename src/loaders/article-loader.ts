import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import { matcherForLanguage } from '../entities/entity-aliases.ts';
import { createArticleRenderer, createSummaryRenderer, PIPELINE_VERSION, type RenderedText } from '../markdown/render-article.ts';
import type { RecordedMention } from '../markdown/rehype-entity-links.ts';
import { ContentErrors, problemsOf, type ContentError } from '../lib/content-error.ts';
import { readAllContent } from './read-content.ts';
import { contentDirs } from './read-articles.ts';
import { renderArticleText } from './render-text.ts';
import { shownSummary } from '../schemas/shown-field.ts';
import { partsFile, partsFolder, pruneParts, writeParts, type ArticleParts } from './article-parts.ts';
import { postponeStoreSave } from './postpone-store-save.ts';
import { readingCode, validatedArticles } from './validated-articles.ts';
import { storeMetadata, storedFiles, type ArticleMetadata } from './stored-metadata.ts';

/** Part of every entry's digest: bump it when what the loader stores changes shape, so that entries stored before are made again. */
const STORED_FORMAT = 4;

/**
 * Loads content/articles/ with our own validation and our own Markdown
 * pipeline instead of Astro's glob loader: Astro's YAML parser rewrites invalid
 * dates, its clean builds let duplicate ids through, and its default Markdown
 * processor runs no remark/rehype plugins (docs/design.md §1).
 * An article is rendered again only when its file or the entity registry changed (or its parts file is gone).
 */
export function articleLoader(root: string): Loader {
  const dirs = contentDirs(root);
  return {
    name: 'dossier-articles',
    async load({ store, meta, generateDigest, watcher, logger, config }) {
      const folder = partsFolder(fileURLToPath(config.cacheDir), root);
      const sync = async () => {
        // A site that wants every title and summary reviewed by a person sets DOSSIER_REQUIRE_REVIEW=1: its build
        // then refuses machine-drafted and missing fields (`astro dev` still shows them, so an editor can work).
        const requireReview = process.env['DOSSIER_REQUIRE_REVIEW'] === '1' && process.env['NODE_ENV'] === 'production';
        // Beside the parts folder: one per content root, as that is.
        const validated = validatedArticles(`${folder}.validated.json`, readingCode(fileURLToPath(config.root)));
        let content: ReturnType<typeof readAllContent>;
        try {
          content = readAllContent(root, { requireReview, validated });
        } finally {
          validated.save();
        }
        const { articles, entities } = content;
        const registryDigest = generateDigest(entities.map((e) => e.raw).join('\u0000'));
        const renderers = new Map<string, (markdown: string) => Promise<RenderedText>>();
        // The article text appears on every language's page, so its entity links are relative:
        // from /{lang}/articles/{slug}/ they lead to /{lang}/entities/{id}/.
        const bodyRenderer = (language: string) => {
          let render = renderers.get(language);
          if (!render) {
            render = createArticleRenderer({ matcher: matcherForLanguage(entities, language), language, entityHref: (id) => `../../entities/${id}/` });
            renderers.set(language, render);
          }
          return render;
        };
        // By the language of the text and the language of the page it links from.
        const summaryRenderers = new Map<string, (text: string) => Promise<RenderedText>>();
        const summaryRenderer = (textLang: string, pageLang: Locale) => {
          const key = `${textLang}\u0000${pageLang}`;
          let render = summaryRenderers.get(key);
          if (!render) {
            render = createSummaryRenderer({
              matcher: matcherForLanguage(entities, textLang),
              language: textLang,
              entityHref: (id) => paths.entity(pageLang, id),
            });
            summaryRenderers.set(key, render);
          }
          return render;
        };

        const keep = new Set(articles.map((a) => a.slug));
        for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
        const problems: ContentError[] = [];
        for (const article of articles) {
          // The parsed data (not the raw file) goes into the digest, so a schema change that adds a default refreshes it too.
          const digest = generateDigest(
            `${JSON.stringify(article.data)}\u0000${article.body}\u0000${registryDigest}\u0000${PIPELINE_VERSION}\u0000${STORED_FORMAT}`,
          );
          const stored = store.get(article.slug);
          const same = stored?.digest === digest;
          if (same && storedFiles(stored).every((file) => existsSync(file))) continue;
          // Same digest but a file it names is gone: Astro's set keeps an entry whose digest is unchanged.
          if (same) store.delete(article.slug);
          let body: RenderedText;
          postponeStoreSave(meta);
          try {
            body = await renderArticleText(bodyRenderer(article.data.language), article);
          } catch (error) {
            const found = problemsOf(error);
            if (!found) throw error;
            problems.push(...found);
            continue;
          }
          const rendered = await Promise.all(
            LOCALES.map(async (lang) => {
              const shown = shownSummary(article.data, lang);
              return { lang, shown, result: shown ? await summaryRenderer(shown.lang, lang)(shown.text) : undefined };
            }),
          );
          const summaries = Object.fromEntries(rendered.map(({ lang, result }) => [lang, result?.html ?? ''])) as Record<Locale, string>;
          // By the language the summary is written in: a page that shows another language's summary adds none of its own.
          const summaryMentions: Partial<Record<Locale, RecordedMention[]>> = Object.fromEntries(
            rendered.filter(({ shown }) => shown && !shown.fallback).map(({ lang, result }) => [lang, result!.mentions]),
          );
          // Named by what it holds: an article rendered again the same (say after an entity it does not name changed) keeps its file, so its pages' keys.
          const parts: ArticleParts = { html: body.html, text: body.text, summaries };
          const file = partsFile(folder, generateDigest(JSON.stringify(parts)));
          writeParts(file, parts);
          const metadata: ArticleMetadata = { mentions: body.mentions, summaryMentions, partsFile: file };
          // No `body` and no HTML: Astro writes the whole store again on every build (its size is time).
          store.set({
            id: article.slug,
            data: article.data,
            filePath: article.file,
            digest,
            rendered: { html: '', metadata: { ...storeMetadata(metadata, folder) } },
          });
        }
        pruneParts(folder, new Set(store.values().flatMap(storedFiles)));
        postponeStoreSave(meta);
        if (problems.length > 0) throw new ContentErrors(problems);
      };
      // Every problem is printed here, one per line with a count, before the build fails on it:
      // an error page or a stack trace must never be the only place an editor sees them.
      // Astro then fails with a one-line error (no stack trace: the problem is in content, not code).
      await sync().catch((error: unknown) => {
        const problems = problemsOf(error);
        if (!problems) throw error;
        logger.error((error as Error).message);
        const failure = new Error(`${problems.length} content problem${problems.length === 1 ? '' : 's'}, listed above: fix them and run the command again.`);
        failure.stack = failure.message;
        throw failure;
      });
      watcher?.add([dirs.articles, dirs.sources, `${root}/content/entities`]);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(`${root}/content/`)) return;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
