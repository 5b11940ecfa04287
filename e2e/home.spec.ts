import { expect, test } from '@playwright/test';
import { LOCALES } from '../src/i18n/locales.ts';
import { articles } from './content.ts';
import { shownTitle } from '../src/lib/shown-field.ts';

for (const lang of LOCALES) {
  test(`the ${lang} home lists every article, newest first, in ${lang}`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : lang);
    const titles = await page.locator('.card h3').allInnerTexts();
    expect(titles).toHaveLength(articles.length);
    const newestFirst = [...articles].sort((a, b) => (b.data.published.date ?? '').localeCompare(a.data.published.date ?? '') || a.slug.localeCompare(b.slug));
    expect(titles).toEqual(newestFirst.map((a) => shownTitle(a.data, lang)!.text));
  });

  test(`the ${lang} 404 page exists and leads home`, async ({ page }) => {
    await page.goto(`/${lang}/404/`);
    await page.locator('main a').click();
    await expect(page).toHaveURL(`/${lang}/`);
  });
}

test.describe('the language choice at /', () => {
  for (const [locale, lang] of [
    ['fr-FR', 'fr'],
    ['zh-CN', 'zh'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
  ] as const) {
    test.describe(() => {
      test.use({ locale });
      test(`a browser set to ${locale} lands on /${lang}/`, async ({ page }) => {
        await page.goto('/');
        await expect(page).toHaveURL(`/${lang}/`);
      });
    });
  }

  test.describe(() => {
    test.use({ javaScriptEnabled: false });
    test('without JavaScript, offers a plain link to each language', async ({ page }) => {
      await page.goto('/');
      const links = await page.locator('.language-choice a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(['/en/', '/fr/', '/zh/']);
    });
  });
});

test('an unknown address gets the 404 page in all three languages', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('.language-choice li')).toHaveCount(3);
});
