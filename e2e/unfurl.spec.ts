import { expect, test } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { HTML_LANG, LOCALES } from '../src/i18n/locales.ts';
import { shortTitle } from '../src/seo/seo.ts';
import { articles } from './content.ts';
import { shownSummary, shownTitle } from '../src/schemas/shown-field.ts';
import { SERVED, served, SITE } from './site.ts';

/** Reads a page's Open Graph tags the way a chat app's unfurler does, then fetches the image. */
async function unfurl(url: string) {
  const { result } = await ogs({
    url,
    timeout: 10,
    // The test site runs on localhost, which has no top-level domain.
    urlValidatorSettings: {
      allow_fragments: true,
      allow_protocol_relative_urls: false,
      allow_query_components: true,
      allow_trailing_dot: false,
      allow_underscores: false,
      protocols: ['http', 'https'],
      require_host: true,
      require_port: false,
      require_protocol: true,
      require_tld: false,
      require_valid_protocol: true,
      validate_length: true,
    },
  });
  const image = result.ogImage?.[0];
  const bytes = image ? Buffer.from(await (await fetch(served(image.url))).arrayBuffer()) : Buffer.alloc(0);
  return {
    title: result.ogTitle,
    description: result.ogDescription,
    url: result.ogUrl,
    imageUrl: image?.url,
    imageType: bytes.subarray(1, 4).toString('latin1'),
    imageSize: [bytes.readUInt32BE(16), bytes.readUInt32BE(20)],
    imageBytes: bytes.length,
  };
}

const article = articles.find((a) => a.slug === 'anthropics-claude-becomes-engineering-infrastructure')!;

for (const lang of LOCALES) {
  test(`an Open Graph parser unfurls the ${lang} article page in ${lang}`, async () => {
    const card = await unfurl(`${SERVED}/${lang}/articles/${article.slug}/`);
    // Shortened at a word boundary for chat previews (src/seo/seo.ts).
    expect(card.title).toBe(shortTitle(shownTitle(article.data, lang)!.text, HTML_LANG[lang]));
    expect(shownSummary(article.data, lang)!.text.startsWith(card.description!.replace(/…$/, ''))).toBe(true);
    expect(card.url).toBe(`${SITE}/${lang}/articles/${article.slug}/`);
    expect(card.imageUrl).toBe(`${SITE}/og/${lang}/${article.slug}.png`);
    expect(card.imageType).toBe('PNG');
    expect(card.imageSize).toEqual([1200, 630]);
    expect(card.imageBytes).toBeLessThan(300 * 1024);
  });
}

test('the permalink unfurls the same as the article page', async () => {
  const permalink = await unfurl(`${SERVED}/a/${article.data.id}/`);
  const page = await unfurl(`${SERVED}/en/articles/${article.slug}/`);
  expect(permalink).toEqual(page);
});

test.describe('the permalink sends readers to the article in their language', () => {
  for (const [locale, lang] of [
    ['fr-FR', 'fr'],
    ['zh-CN', 'zh'],
    ['en-GB', 'en'],
  ] as const) {
    test.describe(() => {
      test.use({ locale });
      test(`${locale}, keeping the passage anchor`, async ({ page }) => {
        await page.goto(`/a/${article.data.id}/#p-4`);
        await expect(page).toHaveURL(`/${lang}/articles/${article.slug}/#p-4`);
      });
    });
  }
});

test('a passage link scrolls to the passage and highlights it', async ({ page }) => {
  await page.goto(`/fr/articles/${article.slug}/#p-7`);
  const passage = page.locator('#p-7');
  await expect(passage).toBeInViewport();
  const background = await passage.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.locator('#p-6')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test.describe('copy controls', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the passage link copies the passage URL and highlights it', async ({ page }) => {
    await page.goto(`/en/articles/${article.slug}/`);
    await page.locator('#p-3').hover();
    await page.locator('#p-3 > a.passage-anchor').click();
    // The page's canonical address with the passage's anchor, confirmed beside the passage.
    await expect(page.locator('#p-3 .passage-tools [role="status"]')).toHaveText('Link to this passage copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/en/articles/${article.slug}/#p-3`);
    await expect(page).toHaveURL(/#p-3$/);
  });

  test('copy link and copy citation put the right text on the clipboard', async ({ page }) => {
    await page.goto(`/fr/articles/${article.slug}/`);
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/fr/articles/${article.slug}/`);
    await page.getByRole('button', { name: 'Copier la citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${shownTitle(article.data, 'fr')!.text}. AINews, mai 2026. ${SITE}/fr/articles/${article.slug}/`,
    );
    await page.getByRole('button', { name: 'Copier en Markdown' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`[${shownTitle(article.data, 'fr')!.text}](${SITE}/fr/articles/${article.slug}/), AINews, mai 2026`);
  });
});

test('every passage has the same id on the three language pages', async ({ page }) => {
  const ids = [];
  for (const lang of LOCALES) {
    await page.goto(`/${lang}/articles/${article.slug}/`);
    ids.push(await page.locator('.original-text [id^="p-"]').evaluateAll((els) => els.map((e) => `${e.id}:${e.tagName}:${e.textContent?.slice(0, 20)}`)));
  }
  expect(ids[1]).toEqual(ids[0]);
  expect(ids[2]).toEqual(ids[0]);
});

test('feeds, sitemap and robots.txt are served', async ({ request }) => {
  const feed = await (await request.get('/zh/rss.xml')).text();
  expect(feed).toContain(`<title>${shownTitle(article.data, 'zh')!.text}</title>`);
  expect(feed).toContain(`${SITE}/zh/articles/${article.slug}/`);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain(`hreflang="zh-CN" href="${SITE}/zh/articles/${article.slug}/"`);
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  expect((await request.get('/apple-touch-icon.png')).headers()['content-type']).toBe('image/png');
});
