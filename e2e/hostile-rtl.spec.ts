import { expect, test } from '@playwright/test';

// Runs against the site built from e2e/fixtures/hostile, which holds an Arabic article made from a
// saved page (e2e/fixtures/raw/wahat-library-archive.html) by `npm run ingest`, with nothing
// written by hand: its titles and summaries in the site's languages are missing.
const SLUG = 'mktbt-mdynt-alwaht-tfth-arshyf-alshf-lljmhwr';
const TITLE = 'مكتبة مدينة الواحة تفتح أرشيف الصحف للجمهور';

for (const lang of ['en', 'fr', 'zh'] as const) {
  test(`${lang}: a right-to-left original is set right to left, in a page that stays left to right`, async ({ page }) => {
    await page.goto(`/${lang}/articles/${SLUG}/`);
    const direction = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).direction);
    expect(await direction('html')).toBe('ltr');
    await expect(page.locator('.original-text')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.original-text')).toHaveAttribute('lang', 'ar');
    expect(await direction('.original-text p')).toBe('rtl');
    // The text starts at the right edge of its column, as Arabic is read.
    const { text, column } = await page
      .locator('.original-text p')
      .first()
      .evaluate((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        return { text: range.getClientRects()[0]!.right, column: p.getBoundingClientRect().right };
      });
    expect(column - text).toBeLessThan(2);
    // The title, shown in Arabic until it is translated, is marked as such wherever it appears.
    const title = page.locator('h1 span[lang="ar"]');
    await expect(title).toHaveText(TITLE);
    await expect(title).toHaveAttribute('dir', 'rtl');
    await page.goto(`/${lang}/`);
    await expect(page.locator(`a[href="/${lang}/articles/${SLUG}/"] span[lang="ar"][dir="rtl"]`).first()).toHaveText(TITLE);
  });
}
