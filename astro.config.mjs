// @ts-check
import { defineConfig } from 'astro/config';
import { cardPathsIntegration } from './src/cards/card-paths.ts';
import { buildTimings } from './src/integrations/build-timings.ts';
import { pagefind } from './src/search/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { reuseOutDir } from './src/integrations/reuse-out-dir.ts';
import { batchedPageLog } from './src/integrations/batched-page-log.ts';
import { dataStoreFromFile } from './src/integrations/data-store-from-file.ts';
import { META_CSP_DIRECTIVES } from './src/lib/security-headers.ts';
import { SITE_URL } from './src/lib/site-url.ts';
import { HTML_LANG } from './src/i18n/locales.ts';
import { sitemap } from './src/seo/sitemap.ts';

const timings = buildTimings();
const searchIndex = pagefind();

// Thin on purpose: plugins and integrations live in src/ (docs/design.md §7).
export default defineConfig({
  site: SITE_URL,
  // The benchmark builds other content roots; each gets its own content cache.
  ...(process.env.DOSSIER_CACHE_DIR ? { cacheDir: process.env.DOSSIER_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One request for first render: the stylesheet (under 3 KB gzip) is inlined. Astro writes it at
    // the end of <head>, after every tag a chat crawler reads (docs/design.md §5).
    inlineStylesheets: 'always',
    // Several pages in flight: cards draw in worker threads (src/cards/card-pool.ts) and file writes overlap rendering.
    concurrency: 8,
  },
  // Pages from getStaticPaths() carry a cacheKey (src/site/page-keys.ts): an unchanged page is copied from the last build
  // (kept in cacheDir; `astro build --force` renders all). Astro's docs say it is off above concurrency 1; Astro 7.3's
  // generate.js checks the cache in both paths, and 8 wrote the pages of a one-article change twice as fast as 1.
  experimental: { incrementalBuild: true },
  // Each page's meta tag: Astro's script and style hashes plus the policy's page-level directives;
  // the full policy goes out as HTTP headers (src/lib/security-headers.ts).
  security: { csp: { directives: META_CSP_DIRECTIVES } },
  // Articles are rendered by our own pipeline (src/markdown/); nothing here needs highlighting,
  // and Shiki's inline styles would not pass the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    timings.start,
    // The search index starts first when the pages are done: it indexes in worker threads while the
    // integrations below run, and `searchIndex.finish`, last, waits for it.
    searchIndex.start,
    reuseOutDir({ maintained: [searchIndex.folder] }),
    batchedPageLog(),
    dataStoreFromFile(),
    cardPathsIntegration(),
    securityHeaders(),
    // hreflang alternates for each page's three languages; pages that are not content are left out:
    // the language chooser, 404 pages, permalinks that point elsewhere.
    sitemap({
      hreflang: HTML_LANG,
      keep: (page) => !/\/(404\/?|a\/[^/]+\/)$/.test(new URL(page).pathname) && new URL(page).pathname !== '/',
    }),
    searchIndex.finish,
    timings.end,
  ],
});
