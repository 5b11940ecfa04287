import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SitemapAndIndexStream, SitemapStream, type SitemapItemLoose } from 'sitemap';

/** Most URLs in one sitemap file (the protocol allows 50,000). */
const ENTRY_LIMIT = 45_000;

/**
 * `sitemap-index.xml` and `sitemap-N.xml`, with each page's hreflang alternates, written by the
 * `sitemap` library. This was @astrojs/sitemap, whose output it keeps byte for byte; that package
 * compares every page with every other to find alternates and sorts with `localeCompare` and options
 * (a collator built per comparison): at 10,000 articles those took about 9 s and 10 s of a build.
 * Here alternates come from a set and the sort from one `Intl.Collator`, in the same order.
 */
export function sitemap({ hreflang, keep }: { hreflang: Readonly<Record<string, string>>; keep: (url: string) => boolean }): AstroIntegration {
  let site = '';
  return {
    name: 'dossier-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('the sitemap needs `site` in astro.config.mjs');
        site = new URL(config.base, config.site).href;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const urls = sitemapUrls(
          site,
          pages.map((p) => new URL(p.pathname.replace(/^\//, ''), site).href),
          hreflang,
          keep,
        );
        if (urls.length === 0) return logger.warn('no page for the sitemap');
        const out = fileURLToPath(dir);
        const files = new SitemapAndIndexStream({
          limit: ENTRY_LIMIT,
          getSitemapStream: (i) => {
            const stream = new SitemapStream({ hostname: site, xmlns: { news: true, xhtml: true, image: true, video: true } });
            const name = `sitemap-${i}.xml`;
            return [new URL(name, site).href, stream, stream.pipe(createWriteStream(`${out}${name}`))];
          },
        });
        await pipeline(Readable.from(urls), files, createWriteStream(`${out}sitemap-index.xml`));
        logger.info(`sitemap-index.xml: ${urls.length} pages`);
      },
    },
  };
}

/**
 * The sitemap's entries: the pages `keep` admits, sorted as @astrojs/sitemap sorts them, each with
 * the same path in every other language the sitemap holds as its alternates (none for a page in one).
 */
export function sitemapUrls(site: string, pages: string[], hreflang: Readonly<Record<string, string>>, keep: (url: string) => boolean): SitemapItemLoose[] {
  const order = new Intl.Collator('en', { numeric: true }).compare;
  const urls = [...new Set(pages)].filter(keep).sort(order);
  const kept = new Set(urls);
  // The pages of one path in every language share their alternates: worked out once per path.
  const alternates = new Map<string, SitemapItemLoose['links']>();
  const alternatesOf = (path: string) => {
    let links = alternates.get(path);
    if (!links) {
      links = Object.keys(hreflang)
        .map((locale) => ({ url: `${site}${locale}${path}`, lang: hreflang[locale]! }))
        .filter((link) => kept.has(link.url))
        .sort((a, b) => order(a.url, b.url));
      alternates.set(path, links);
    }
    return links;
  };
  return urls.map((url) => {
    // The language is the first segment after the site's address (and base).
    const m = url.startsWith(site) ? /^([^/]+)(\/.*)?$/.exec(url.slice(site.length)) : null;
    if (!m || !Object.hasOwn(hreflang, m[1]!)) return { url };
    const links = alternatesOf(m[2] ?? '');
    return links!.length > 1 ? { url, links } : { url };
  });
}
