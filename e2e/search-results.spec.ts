// Search as a reader judges it: the articles that use a word come first, excerpts show only text the
// page shows, labels are not text, filter counts follow the query, and opening a result is clean.
import { expect, test, type Page } from '@playwright/test';
import { resultUrls } from './search-page.ts';

/** Text without spaces, full stops and ¶ marks: Pagefind spaces CJK words apart and ends each block with ". ". */
const squeeze = (text: string) => text.replace(/[\s.…¶]+/g, '');

/** What a reader sees of a page's indexed part (its labels and buttons are kept out of the index). */
async function visibleText(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return squeeze(
    await page.locator('[data-pagefind-body]').evaluate((body) => {
      body.querySelectorAll('[data-pagefind-ignore]').forEach((e) => e.remove());
      return (body as HTMLElement).innerText;
    }),
  );
}

const isArticle = (url: string) => url.includes('/articles/');

// A word the articles use, and (when there is one) the query's own index entry, which may come first.
for (const [lang, query, own] of [
  ['en', 'compute', undefined],
  ['en', 'Microsoft', 'microsoft'],
  ['fr', 'infrastructure', undefined],
  ['fr', 'Amazon', 'amazon'],
  ['zh', '微软', 'microsoft'],
  ['zh', '基础设施', undefined],
] as const) {
  test(`${lang}: "${query}" lists the articles before the index entries${own ? ', after its own entry' : ''}`, async ({ page }) => {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    const urls = await resultUrls(page);
    const articles = urls.filter(isArticle);
    expect(articles.length).toBeGreaterThan(0);
    const head = own ? [`/${lang}/entities/${own}/`] : [];
    expect(urls.slice(0, head.length + articles.length)).toEqual([...head, ...articles]);
  });
}

for (const [lang, queries] of [
  ['en', ['Oracle', 'Musk', 'compute']],
  ['fr', ['Oracle', 'Musk', 'orchestration']],
  ['zh', ['甲骨文', '马斯克', '微软']],
] as const) {
  test(`${lang}: every excerpt is text the page shows, never its hidden names`, async ({ page }) => {
    test.setTimeout(120_000); // a dozen pages
    const excerpts: [string, string][] = [];
    for (const q of queries) {
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(q)}`);
      await resultUrls(page);
      for (const item of await page.locator('#search-results li:has(.excerpt)').all()) {
        const href = await item.locator('a.result-title').getAttribute('href');
        excerpts.push([new URL(href!, page.url()).pathname, squeeze(await item.locator('.excerpt').innerText())]);
      }
    }
    expect(excerpts.length).toBeGreaterThan(0);
    for (const [path, excerpt] of excerpts) expect(await visibleText(page, path), `excerpt of ${path}`).toContain(excerpt);
  });
}

for (const [lang, label] of [
  ['en', 'Infrastructure'],
  ['fr', 'Infrastructure'],
  ['zh', '基础设施'],
] as const) {
  test(`${lang}: the type label "${label}" does not match index entries as if it were their text`, async ({ page }) => {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(label)}`);
    const entries = (await resultUrls(page)).filter((u) => !isArticle(u));
    // The label names Colossus's and the H100's type; neither page says the word.
    for (const id of ['colossus', 'h100', 'dojo']) expect(entries).not.toContain(`/${lang}/entities/${id}/`);
    for (const path of entries) {
      await page.goto(path);
      const text = await page.locator('[data-pagefind-body]').evaluate((body) => {
        const copy = body.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.kicker').forEach((k) => k.remove());
        return copy.textContent!.toLocaleLowerCase();
      });
      expect(text, path).toContain(label.toLocaleLowerCase().slice(0, 8));
    }
  });
}

for (const [lang, query] of [
  ['en', 'Musk'],
  ['fr', 'Musk'],
  ['zh', '马斯克'],
] as const) {
  test(`${lang}: the filter counts follow the query, and follow each other`, async ({ page }) => {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    const articles = (await resultUrls(page)).filter(isArticle);
    await page.locator('.filters summary').click();
    const counts = async (group: string) =>
      page
        .locator(`input[name="${group}"]`)
        .evaluateAll((boxes) =>
          Object.fromEntries(
            boxes
              .filter((b) => !(b.closest('li') as HTMLElement).hidden)
              .map((b) => [(b as HTMLInputElement).value, Number(b.closest('label')!.querySelector('.count')!.textContent!.replace(/\D/g, ''))]),
          ),
        );
    const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    // One article mentions Musk: one language, one year, one source; xAI is named in it.
    // (The counts load when the filters open.)
    await expect.poll(async () => sum(await counts('language')), { timeout: 20_000 }).toBe(articles.length);
    expect(sum(await counts('year'))).toBe(articles.length);
    expect((await counts('entity'))['xai']).toBe(articles.length);
    expect(await counts('entity')).not.toHaveProperty('pavan-davuluri');
    // Choosing a language leaves the other languages' counts as they were (choosing one adds to the group).
    const languages = await counts('language');
    await page.locator(`input[name="language"][value="${Object.keys(languages)[0]}"]`).check();
    await resultUrls(page);
    await expect.poll(() => counts('language'), { timeout: 20_000 }).toEqual(languages);
  });
}

for (const lang of ['en', 'fr', 'zh'] as const) {
  test(`${lang}: opening a result highlights its words and logs no error (CSP included)`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/${lang}/search/?q=Stripe`);
    const first = (await resultUrls(page)).find(isArticle)!;
    await page.locator(`#search-results a[href^="${first}"]`).click();
    await expect(page).toHaveURL(/\?highlight=stripe/i);
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    // Highlighted as the stylesheet says, not by an injected <style>.
    expect(await page.locator('style').evaluateAll((ss) => ss.filter((s) => s.textContent!.includes(':where(.pagefind-highlight)')).length)).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('the Chinese status line uses Chinese punctuation', async ({ page }) => {
  await page.goto(`/zh/search/?q=${encodeURIComponent('马斯克')}`);
  await resultUrls(page);
  const status = (await page.locator('#search-status').textContent())!;
  expect(status).toMatch(/^\d+ 条结果。使用方向键/);
  expect(status).not.toMatch(/[.,;:] /);
});

for (const lang of ['en', 'fr', 'zh'] as const) {
  test(`${lang}: on a phone the filter boxes are at least 24 × 24 px and no keyboard hint is shown @phone`, async ({ page }) => {
    await page.goto(`/${lang}/search/?q=Anthropic`);
    await resultUrls(page);
    await expect(page.locator('#search-status')).toHaveText(/^\d+\D*$/);
    await expect(page.locator('#site-search')).not.toHaveAttribute('placeholder', /\//);
    await page.locator('.filters summary').click();
    const boxes = await page
      .locator('.filter-options li:not([hidden]) input')
      .evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(boxes.length).toBeGreaterThan(3);
    for (const [w, h] of boxes) {
      expect(w).toBeGreaterThanOrEqual(24);
      expect(h).toBeGreaterThanOrEqual(24);
    }
    const summary = await page.locator('.filters summary').boundingBox();
    expect(summary!.height).toBeGreaterThanOrEqual(24);
  });
}
