import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from '../src/i18n/locales.ts';

// Runs against the site built from e2e/fixtures/hostile: an article and an entity whose
// every field carries markup, scripts, script URLs, MDX and U+2028. All of it must show as text.

async function watchForAttacks(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  return dialogs;
}

for (const lang of LOCALES) {
  test(`the ${lang} page shows every payload as text and runs none`, async ({ page }) => {
    const dialogs = await watchForAttacks(page);
    await page.goto(`/${lang}/articles/hostile-article/`);
    await page.waitForLoadState('networkidle');
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    const original = page.locator('.original-text');
    await expect(original).toContainText('Evil Corp wrote <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned=1"> in its text.');
    await expect(original).toContainText('import Foo from "./foo.js"');
    await expect(original).toContainText('{process.exit()} <Foo /> </script> <style>body{display:none}</style>');
    await expect(original.locator('img, script, style, iframe, foo')).toHaveCount(0);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h.replace(/\s/g, '')))).toEqual([]);
    const scripts = await page.locator('script').evaluateAll((s) => s.map((e) => e.getAttribute('type') ?? 'classic'));
    // Data blocks (JSON-LD, the copy controls' strings) never run; every other script is one of ours.
    expect(scripts.every((t) => t === 'module' || t === 'application/ld+json' || t === 'application/json')).toBe(true);
  });
}

test('a protocol-relative link is an external link: its host shown, nothing passed to it (issue 16.8)', async ({ page }) => {
  await page.goto('/en/articles/hostile-article/');
  const link = page.locator('.original-text a', { hasText: 'see this' });
  await expect(link).toHaveAttribute('href', 'https://evil.example/phish');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await expect(page.locator('.original-text')).toContainText('see this (evil.example)');
});

test('the title survives as text in <title>, Open Graph and JSON-LD, and JSON-LD parses back to it', async ({ page }) => {
  await page.goto('/en/articles/hostile-article/');
  const title = `</script><script>alert('title')</script> "Quotes" & <!-- comment \u2028 {process.exit()}`;
  expect(await page.title()).toBe(`${title} · Dossier`);
  // og:title is cut at a word for chat previews: what it keeps is the title's own text.
  const ogTitle = (await page.locator('meta[property="og:title"]').getAttribute('content'))!;
  expect(ogTitle.endsWith('…') ? title.startsWith(ogTitle.slice(0, -1).trimEnd()) : ogTitle === title).toBe(true);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd.headline).toBe(title);
  expect(jsonLd.description).toBe('Evil Corp says <img src=x onerror="window.__pwned=1"> is text. A link [x](javascript:alert(1)) stays text too \u2028 here.');
});

test('an entity whose name carries HTML is shown as text on its page and in links', async ({ page }) => {
  const dialogs = await watchForAttacks(page);
  await page.goto('/en/entities/evil-corp/');
  await expect(page.locator('h1')).toHaveText('Evil Corp <img src=x onerror="window.__pwned=1">');
  await page.goto('/en/entities/');
  await expect(page.locator('a[href="/en/entities/evil-corp/"]')).toHaveText('Evil Corp <img src=x onerror="window.__pwned=1">');
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('an old slug still leads to the article', async ({ page }) => {
  await page.goto('/fr/articles/old-hostile-slug/');
  await expect(page).toHaveURL('/fr/articles/hostile-article/');
});

test('the search filters list an entity whose name carries HTML as text, and running the search runs nothing', async ({ page }) => {
  const dialogs = await watchForAttacks(page);
  await page.goto('/en/search/?entity=evil-corp');
  await page.locator('.filters summary').click();
  await expect(page.locator('input[name="entity"][value="evil-corp"]')).toBeChecked();
  await expect(page.locator('label', { has: page.locator('input[value="evil-corp"]') })).toContainText('Evil Corp <img src=x onerror="window.__pwned=1">');
  await expect(page.locator('#search-results a.result-title')).toHaveCount(1);
  await expect(page.locator('#search-results img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});
