import { createHash } from 'node:crypto';
import { cpSync, existsSync, globSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';

interface Indexed {
  pageCount: number;
  errors: string[];
}

const WORKER = 'src/search/pagefind-worker.ts';
const globOf = (lang: Locale) => `${lang}/**/*.html`;

/** Runs pagefind-worker.ts for one language; the worker is loaded by Node from the project's source. */
function indexLanguage(root: URL, site: string, lang: Locale): Promise<Indexed> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(fileURLToPath(new URL(WORKER, root)), {
      workerData: { site, glob: globOf(lang), outputPath: `${site}${paths.searchBundle(lang)}` },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    // A worker that ends without a word (never expected) must fail the build, not hang it.
    worker.once('exit', (code) => reject(new Error(`Pagefind's ${lang} worker ended (code ${code}) before reporting`)));
  });
}

/**
 * What one language's bundle is made from: every page Pagefind reads for it (path and bytes), the
 * worker's code and Pagefind's version. Pagefind's output is the same for the same input (check:reproducible),
 * so a build whose pages of a language are all unchanged copies that language's bundle from the last build.
 */
function indexInput(root: URL, site: string, lang: Locale): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(new URL(WORKER, root)));
  hash.update(JSON.parse(readFileSync(new URL('node_modules/pagefind/package.json', root), 'utf8')).version);
  for (const file of globSync(globOf(lang), { cwd: site }).sort()) hash.update(`\u0000${file}\u0000`).update(readFileSync(join(site, file)));
  return hash.digest('hex');
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
 * that one), copied from the last build when none of its pages changed. The languages are indexed in parallel, one per core (a single
 * Pagefind process works mostly on one core), unless the site is large. Pages
 * opt in with data-pagefind-body.
 */
export function pagefind(): AstroIntegration {
  let root: URL;
  let cacheDir: string;
  return {
    name: 'dossier-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        cacheDir = join(fileURLToPath(config.cacheDir), 'dossier-pagefind');
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const queue = [...LOCALES];
        const largest = Math.max(...LOCALES.map((lang) => pages.filter((p) => p.pathname.startsWith(`${lang}/`)).length));
        const parallel = largest <= PARALLEL_UP_TO ? Math.min(LOCALES.length, availableParallelism()) : 1;
        const counts: string[] = [];
        const run = async () => {
          for (let lang = queue.shift(); lang; lang = queue.shift()) {
            const start = performance.now();
            const bundle = `${site}${paths.searchBundle(lang)}`;
            // One cached bundle per language: the last one built, under the hash of its input
            // (`astro build --force` indexes every language again).
            const cached = join(cacheDir, lang, indexInput(root, site, lang));
            if (existsSync(cached) && !process.argv.includes('--force')) {
              cpSync(cached, bundle, { recursive: true });
              counts.push(`${lang} copied from the last build (${((performance.now() - start) / 1000).toFixed(1)} s)`);
              continue;
            }
            const { pageCount, errors } = await indexLanguage(root, site, lang);
            if (errors.length > 0) throw new Error(`Pagefind could not index the ${lang} pages: ${errors.join('; ')}`);
            rmSync(join(cacheDir, lang), { recursive: true, force: true });
            cpSync(bundle, cached, { recursive: true });
            counts.push(`${lang} ${pageCount} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
          }
        };
        await Promise.all(Array.from({ length: parallel }, run));
        logger.info(`indexed pages: ${counts.join(', ')}; ${parallel} language(s) at a time, largest ${largest} pages`);
      },
    },
  };
}
