import { SITE } from './site.ts';
import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from '../src/i18n/locales.ts';
import { articles, expectedPieces, normalize, sourceText } from './content.ts';
import { originalTitle, shownSummary, shownTitle } from '../src/schemas/shown-field.ts';

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

for (const article of articles) {
  test.describe(`${article.slug}`, () => {
    for (const lang of LOCALES) {
      test(`opens in ${lang} with title, summary and the original text`, async ({ page }) => {
        const errors = collectConsoleErrors(page);
        const response = await page.goto(`/${lang}/articles/${article.slug}/`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1')).toHaveText(shownTitle(article.data, lang)!.text);
        await expect(page.locator('.summary p').first()).toHaveText(shownSummary(article.data, lang)!.text);
        const original = page.locator('.original-text');
        await expect(original).toHaveAttribute('lang', article.data.language);
        await expect(original.locator('h2')).toHaveText(originalTitle(article.data)!);
        const tables = (article.body.match(/^\| - \|/gm) ?? []).length;
        await expect(original.locator('table')).toHaveCount(tables);
        expect(errors).toEqual([]);
      });
    }

    test('keeps every sentence of its source and none of the removed chrome', async ({ page }) => {
      await page.goto(`/en/articles/${article.slug}/`);
      // Compared without whitespace and passage links: a block boundary adds some (a label the source ran into a
      // heading is now its own paragraph, after the heading's ¶ link).
      const squash = (s: string) => s.replace(/\s+/g, '');
      const shown = squash(
        await page.locator('.original-text').evaluate((root) => {
          const copy = root.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.passage-anchor').forEach((a) => a.remove());
          return copy.textContent ?? '';
        }),
      );
      const missing = expectedPieces(sourceText(article.data.source.file), article.data.notes.removed).filter((piece) => !shown.includes(squash(piece)));
      expect(missing).toEqual([]);
      const body = normalize(await page.locator('body').innerText());
      for (const removal of article.data.notes.removed) {
        if (removal.kind === 'title-line' || removal.kind === 'dateline') continue; // shown as title and date
        expect(body, removal.kind).not.toContain(normalize(removal.text));
      }
    });

    test('links to itself in the other languages, and says so in hreflang', async ({ page }) => {
      await page.goto(`/en/articles/${article.slug}/`);
      const hreflang = await page
        .locator('link[rel=alternate][hreflang]')
        .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      expect(Object.fromEntries(hreflang)).toEqual({
        en: `${SITE}/en/articles/${article.slug}/`,
        fr: `${SITE}/fr/articles/${article.slug}/`,
        'zh-CN': `${SITE}/zh/articles/${article.slug}/`,
        'x-default': `${SITE}/en/articles/${article.slug}/`,
      });
      await page.locator('.lang-switcher a[hreflang=fr]').click();
      await expect(page).toHaveURL(`/fr/articles/${article.slug}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await page.locator('.lang-switcher a[hreflang=zh-CN]').click();
      await expect(page).toHaveURL(`/zh/articles/${article.slug}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('h1')).toHaveText(shownTitle(article.data, 'zh')!.text);
    });
  });
}

test('tables scroll inside their box on a phone instead of widening the page @phone', async ({ page }) => {
  await page.goto('/en/articles/anthropics-claude-becomes-engineering-infrastructure/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('.table-scroll').first()).toBeVisible();
});

test('says where a summary comes from, in the page language', async ({ page }) => {
  await page.goto('/zh/articles/rahul-patil-ancien-cto-de-stripe-devient-cto-d-anthropic/');
  await expect(page.locator('.summary .note')).toHaveText('摘要译自法语。');
  await expect(page.locator('.original-label')).toHaveText('法语原文');
  await page.goto('/fr/articles/rahul-patil-ancien-cto-de-stripe-devient-cto-d-anthropic/');
  await expect(page.locator('.summary .note')).toHaveText('Résumé rédigé à partir du texte original en français.');
  await page.goto('/en/articles/rahul-patil-ancien-cto-de-stripe-devient-cto-d-anthropic/');
  await expect(page.locator('.summary .note')).toHaveText('Summary translated from French.');
  await expect(page.locator('.original-label')).toHaveText('Original article in French');
});

test('shows dates only as precisely as the source gives them', async ({ page }) => {
  await page.goto('/en/articles/anthropics-claude-becomes-engineering-infrastructure/');
  await expect(page.locator('.meta time')).toHaveText('May 2026');
  await page.goto('/en/articles/anthropic-lance-haiku-4-5/');
  await expect(page.locator('.meta .date-unknown')).toHaveText('Date unknown');
  await page.goto('/fr/articles/anthropic-hires-former-stripe-cto-rahul-patil/');
  await expect(page.locator('.meta time')).toHaveText('3 octobre 2025');
});
