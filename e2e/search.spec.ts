import { expect, test } from '@playwright/test';
import { resultUrls } from './search-page.ts';

const SLUG = {
  azure: 'anthropic-hires-ms-azure-ai-lead',
  haiku: 'anthropic-lance-haiku-4-5',
  infra: 'anthropics-claude-becomes-engineering-infrastructure',
  cto: 'anthropic-hires-former-stripe-cto-rahul-patil',
  ctoFr: 'rahul-patil-ancien-cto-de-stripe-devient-cto-d-anthropic',
};

for (const [lang, query, slug] of [
  ['en', 'Davuluri', SLUG.azure],
  ['fr', 'orchestration', SLUG.haiku],
  ['zh', '算力短缺', SLUG.infra],
] as const) {
  test(`${lang}: typing "${query}" in the header box finds the article and opens it with the terms marked`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused();
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    expect(await resultUrls(page)).toContain(`/${lang}/articles/${slug}/`);
    await page.locator(`#search-results a[href*="/${lang}/articles/${slug}/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/articles/${slug}/\\?highlight=`));
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  });
}

test('Ctrl+K jumps to the search box', async ({ page }) => {
  await page.goto('/fr/entities/');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#site-search')).toBeFocused();
});

test('filters narrow the results, and their values are ids', async ({ page }) => {
  await page.goto('/en/search/?q=Anthropic');
  const all = await resultUrls(page);
  await page.locator('.filters summary').click();
  await page.locator('input[name="entity"][value="pavan-davuluri"]').check();
  await expect(page).toHaveURL(/entity=pavan-davuluri/);
  expect(await resultUrls(page)).toEqual([`/en/articles/${SLUG.azure}/`]);
  await page.locator('input[name="entity"][value="pavan-davuluri"]').uncheck();
  await page.locator('input[name="language"][value="fr"]').check();
  expect((await resultUrls(page)).sort()).toEqual([`/en/articles/${SLUG.haiku}/`, `/en/articles/${SLUG.ctoFr}/`].sort());
  await page.locator('input[name="language"][value="fr"]').uncheck();
  await page.locator('input[name="year"][value="2025"]').check();
  expect(await resultUrls(page)).toEqual([`/en/articles/${SLUG.cto}/`]);
  expect(all.length).toBeGreaterThan(5);
});

test('sorting by date puts the newest article first', async ({ page }) => {
  await page.goto('/en/search/?q=Anthropic&sort=date');
  const urls = (await resultUrls(page)).filter((u) => u.includes('/articles/'));
  expect(urls.slice(0, 3)).toEqual([`/en/articles/${SLUG.infra}/`, `/en/articles/${SLUG.azure}/`, `/en/articles/${SLUG.cto}/`]);
});

test('a pasted search URL restores the same search, and back and forward work', async ({ page }) => {
  await page.goto('/fr/search/?q=Claude&entity=anthropic&language=fr&sort=date');
  await expect(page.locator('#search-input')).toHaveValue('Claude');
  await expect(page.locator('input[name="entity"][value="anthropic"]')).toBeChecked();
  await expect(page.locator('input[name="language"][value="fr"]')).toBeChecked();
  await expect(page.locator('select[name="sort"]')).toHaveValue('date');
  const restored = await resultUrls(page);
  expect(restored.sort()).toEqual([`/fr/articles/${SLUG.haiku}/`, `/fr/articles/${SLUG.ctoFr}/`].sort());

  await page.locator('#search-input').fill('Stripe');
  await page.locator('#search-input').press('Enter');
  await expect(page).toHaveURL(/q=Stripe/);
  const stripe = await resultUrls(page);
  await page.goBack();
  await expect(page).toHaveURL(/q=Claude/);
  await expect(page.locator('#search-input')).toHaveValue('Claude');
  expect((await resultUrls(page)).sort()).toEqual(restored);
  await page.goForward();
  await expect(page.locator('#search-input')).toHaveValue('Stripe');
  expect(await resultUrls(page)).toEqual(stripe);
});

test('arrow keys move through the results and Enter opens one', async ({ page }) => {
  await page.goto('/en/search/?q=Anthropic');
  await resultUrls(page);
  await page.locator('#search-input').focus();
  await page.keyboard.press('ArrowDown');
  const links = page.locator('#search-results a.result-title');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href!);
});

test('an entity’s name in any language finds the articles that mention it', async ({ page }) => {
  await page.goto(`/zh/search/?q=${encodeURIComponent('微软')}`);
  const zh = await resultUrls(page);
  for (const slug of [SLUG.cto, SLUG.ctoFr, SLUG.azure, SLUG.haiku]) expect(zh).toContain(`/zh/articles/${slug}/`);
  await page.goto('/fr/search/?q=Microsoft');
  const fr = await resultUrls(page);
  for (const slug of [SLUG.cto, SLUG.ctoFr, SLUG.azure, SLUG.haiku]) expect(fr).toContain(`/fr/articles/${slug}/`);
  await page.goto(`/en/search/?q=${encodeURIComponent('马斯克')}`);
  expect(await resultUrls(page)).toContain(`/en/articles/${SLUG.infra}/`);
});

for (const [word, slug] of [
  ['算力', SLUG.infra],
  ['微软', SLUG.azure],
  ['推理', SLUG.haiku],
  ['马斯克', SLUG.infra],
  ['亚马逊', SLUG.ctoFr],
  ['特斯拉', SLUG.infra],
  ['首席技术官', SLUG.cto],
  ['聊天机器人', SLUG.infra],
] as const) {
  test(`a Chinese query for ${word} finds its article on the zh site`, async ({ page }) => {
    await page.goto(`/zh/search/?q=${encodeURIComponent(word)}`);
    expect(await resultUrls(page)).toContain(`/zh/articles/${slug}/`);
  });
}

test('results come ten at a time, and “Show more results” adds the next ten', async ({ page }) => {
  await page.goto('/en/search/?q=Anthropic');
  const results = page.locator('#search-results li');
  await expect(results).toHaveCount(10, { timeout: 20_000 });
  const total = Number((await page.locator('#search-status').textContent())!.match(/^(\d+)/)![1]);
  expect(total).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results).toHaveCount(Math.min(20, total));
  // Focus moves to the first new result, so a keyboard reader carries on from there.
  await expect(results.nth(10).locator('a')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeVisible({ visible: total > 20 });
});

test('a search with no match says so helpfully', async ({ page }) => {
  await page.goto('/en/search/?q=xylophonequartz');
  await expect(page.locator('#search-status')).toContainText('Nothing matches');
  await expect(page.locator('#search-results li')).toHaveCount(0);
});

test.describe(() => {
  test.use({ javaScriptEnabled: false });
  test('without JavaScript the search page says so and links to the index', async ({ page }) => {
    await page.goto('/fr/search/?q=Claude');
    await expect(page.locator('#search-noscript')).toContainText('nécessite JavaScript');
    await expect(page.locator('#search-noscript a')).toHaveAttribute('href', '/fr/entities/');
  });
});
