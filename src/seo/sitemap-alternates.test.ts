import { describe, expect, it } from 'vitest';
import { sitemapAlternates } from './sitemap-alternates.ts';

const site = 'http://localhost:4321';
const item = (url: string) => ({ url });

describe('sitemapAlternates', () => {
  const { filter, serialize } = sitemapAlternates({ en: 'en', fr: 'fr', zh: 'zh-CN' }, (url) => !url.endsWith('/skip/'));
  for (const url of ['/en/', '/fr/', '/zh/', '/en/articles/x/', '/zh/articles/x/', '/fr/only/', '/en/skip/', '/fr/skip/', '/about/']) filter(`${site}${url}`);

  it('links each page to the same path in every language the sitemap keeps, sorted as the sitemap is', () => {
    expect(serialize(item(`${site}/zh/articles/x/`)).links).toEqual([
      { url: `${site}/en/articles/x/`, lang: 'en' },
      { url: `${site}/zh/articles/x/`, lang: 'zh-CN' },
    ]);
    expect(serialize(item(`${site}/fr/`)).links?.map((l) => l.lang)).toEqual(['en', 'fr', 'zh-CN']);
  });

  it('gives no alternates to a page in one language, one the filter left out, or one outside the languages', () => {
    expect(filter(`${site}/en/skip/`)).toBe(false);
    for (const url of ['/fr/only/', '/fr/skip/', '/about/']) expect(serialize(item(`${site}${url}`)).links).toBeUndefined();
  });
});
