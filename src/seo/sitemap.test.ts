import { describe, expect, it } from 'vitest';
import { sitemapUrls } from './sitemap.ts';

const site = 'http://localhost:4321';
const hreflang = { en: 'en', fr: 'fr', zh: 'zh-CN' };
const pages = [
  '/zh/articles/x/',
  '/en/entities/e-10/',
  '/en/',
  '/fr/only/',
  '/en/entities/e-2/',
  '/fr/',
  '/en/articles/x/',
  '/zh/',
  '/en/skip/',
  '/fr/skip/',
  '/about/',
];
const urls = sitemapUrls(
  `${site}/`,
  pages.map((p) => `${site}${p}`),
  hreflang,
  (url) => !url.endsWith('/skip/'),
);
const entry = (path: string) => urls.find((u) => u.url === `${site}${path}`);

describe('sitemapUrls', () => {
  it('keeps the pages the filter admits, sorted with numbers in order', () => {
    expect(urls.map((u) => u.url.slice(site.length))).toEqual([
      '/about/',
      '/en/',
      '/en/articles/x/',
      '/en/entities/e-2/',
      '/en/entities/e-10/',
      '/fr/',
      '/fr/only/',
      '/zh/',
      '/zh/articles/x/',
    ]);
  });

  it('links each page to the same path in every language the sitemap holds', () => {
    expect(entry('/zh/articles/x/')?.links).toEqual([
      { url: `${site}/en/articles/x/`, lang: 'en' },
      { url: `${site}/zh/articles/x/`, lang: 'zh-CN' },
    ]);
    expect(entry('/fr/')?.links?.map((l) => l.lang)).toEqual(['en', 'fr', 'zh-CN']);
  });

  it('gives no alternates to a page in one language, or one outside the languages', () => {
    for (const path of ['/fr/only/', '/about/', '/en/entities/e-2/']) expect(entry(path)?.links).toBeUndefined();
  });
});

describe('sitemapUrls under a base path', () => {
  it('reads the language after the base', () => {
    const base = `${site}/news/`;
    const [en] = sitemapUrls(base, [`${base}en/x/`, `${base}fr/x/`], hreflang, () => true);
    expect(en?.links?.map((l) => l.url)).toEqual([`${base}en/x/`, `${base}fr/x/`]);
  });
});
