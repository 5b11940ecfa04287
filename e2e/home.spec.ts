import { expect, test } from '@playwright/test';
import { HTML_LANG, LOCALES } from '../src/i18n/locales.ts';
import { HOME_LATEST } from '../src/site/home.ts';
import { articles } from './content.ts';
import { shownTitle } from '../src/schemas/shown-field.ts';

for (const lang of LOCALES) {
  test(`the ${lang} home lists the latest articles, newest first, in ${lang}`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
    const titles = await page.locator('.card h3').allInnerTexts();
    const newestFirst = [...articles].sort((a, b) => (b.data.published.date ?? '').localeCompare(a.data.published.date ?? '') || a.slug.localeCompare(b.slug));
    expect(titles).toEqual(newestFirst.slice(0, HOME_LATEST).map((a) => shownTitle(a.data, lang)!.text));
    // Beyond the latest, the home links to the timeline, which lists every article.
    await expect(page.locator(`main a[href="/${lang}/timeline/"]`)).toHaveCount(articles.length > HOME_LATEST ? 1 : 0);
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

// The phone header's menu wraps rather than scrolls: every link, search among them, is on screen.
for (const width of [320, 360, 390]) {
  test(`every menu link is on screen at ${width} px, in each language @phone`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const lang of LOCALES) {
      await page.goto(`/${lang}/`);
      const links = page.locator('.site-nav a');
      await expect(links.last()).toHaveAttribute('href', `/${lang}/search/`);
      // Inside the menu's own box, which a strip that scrolls would clip, and inside the screen.
      const menu = (await page.locator('.site-nav ul').boundingBox())!;
      const right = Math.min(menu.x + menu.width, width);
      for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.width, `${lang}: a menu link with no width`).toBeGreaterThan(0);
        expect(box.right, `${lang}: a menu link past the menu's right edge`).toBeLessThanOrEqual(right + 0.5);
      }
    }
  });
}
