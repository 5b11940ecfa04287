import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';

interface Indexed {
  pageCount: number;
  errors: string[];
}

/** Runs pagefind-worker.ts for one language; the worker is loaded by Node from the project's source. */
function indexLanguage(root: URL, site: string, lang: Locale): Promise<Indexed> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(fileURLToPath(new URL('src/integrations/pagefind-worker.ts', root)), {
      workerData: { site, glob: `${lang}/**/*.html`, outputPath: `${site}${paths.searchBundle(lang)}` },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/**
 * Indexes the built site with Pagefind's Node API when the build is done (as
 * Starlight does). Each language gets its own bundle (its search page loads only
 * that one), and the languages are indexed in parallel, one per core: a single
 * Pagefind process works mostly on one core. Pages opt in with data-pagefind-body.
 */
export function pagefind(): AstroIntegration {
  let root: URL;
  return {
    name: 'dossier-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => void (root = config.root),
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const queue = [...LOCALES];
        const counts: string[] = [];
        const run = async () => {
          for (let lang = queue.shift(); lang; lang = queue.shift()) {
            const start = performance.now();
            const { pageCount, errors } = await indexLanguage(root, site, lang);
            if (errors.length > 0) throw new Error(`Pagefind could not index the ${lang} pages: ${errors.join('; ')}`);
            counts.push(`${lang} ${pageCount} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
          }
        };
        await Promise.all(Array.from({ length: Math.min(LOCALES.length, availableParallelism()) }, run));
        logger.info(`indexed pages: ${counts.join(', ')}`);
      },
    },
  };
}
