import { expect, type Page } from '@playwright/test';

/** Every result's path on the search page, in order, once the search has answered and "Show more" has revealed them all (ten come at a time). */
export async function resultUrls(page: Page): Promise<string[]> {
  // The machine may be busy: a first search loads Pagefind's WASM and index.
  await expect(page.locator('#search-status')).not.toHaveText(/^$|…$/, { timeout: 20_000 });
  const more = page.locator('#search-more');
  for (let shown = await page.locator('#search-results li').count(); await more.isVisible();) {
    await more.click();
    await expect(page.locator('#search-results li')).not.toHaveCount(shown);
    shown = await page.locator('#search-results li').count();
  }
  return page.locator('#search-results a.result-title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
