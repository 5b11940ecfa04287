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
    // A worker that ends without a word (never expected) must fail the build, not hang it.
    worker.once('exit', (code) => reject(new Error(`Pagefind's ${lang} worker ended (code ${code}) before reporting`)));
  });
}

/**
 * Pagefind holds about 250 KB per page while it indexes. Two languages at once are faster, but at
 * 10,000 articles (15,000 pages per language) they took the build's peak memory to 9.5 GB, past
 * the 8 GB budget; so large sites index one language at a time.
 */
const PARALLEL_UP_TO = 5000;

/**
 * Indexes the built site with Pagefind's Node API when the build is done (as
 * Starlight does). Each language gets its own bundle (its search page loads only
 * that one). The languages are indexed in parallel, one per core (a single
 * Pagefind process works mostly on one core), unless the site is large. Pages
 * opt in with data-pagefind-body.
 */
export function pagefind(): AstroIntegration {
  let root: URL;
  return {
    name: 'dossier-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => void (root = config.root),
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const queue = [...LOCALES];
        const largest = Math.max(...LOCALES.map((lang) => pages.filter((p) => p.pathname.startsWith(`${lang}/`)).length));
        const parallel = largest <= PARALLEL_UP_TO ? Math.min(LOCALES.length, availableParallelism()) : 1;
        const counts: string[] = [];
        const run = async () => {
          for (let lang = queue.shift(); lang; lang = queue.shift()) {
            const start = performance.now();
            const { pageCount, errors } = await indexLanguage(root, site, lang);
            if (errors.length > 0) throw new Error(`Pagefind could not index the ${lang} pages: ${errors.join('; ')}`);
            counts.push(`${lang} ${pageCount} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
          }
        };
        await Promise.all(Array.from({ length: parallel }, run));
        logger.info(`indexed pages: ${counts.join(', ')}; ${parallel} language(s) at a time, largest ${largest} pages`);
      },
    },
  };
}
