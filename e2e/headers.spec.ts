import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../src/lib/security-headers.ts';
import { SERVED } from './site.ts';

// Issue 16.8: the served site sends the whole security policy as headers (scripts/serve.ts,
// from the same source as dist/_headers), the pages still work under it, and no page can be framed.

test('every kind of response carries the security headers', async ({ request }) => {
  for (const path of ['/en/', '/fr/search/', '/en/rss.xml', '/favicon.svg', '/no-such-page/']) {
    const response = await request.get(path);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers()[name.toLowerCase()], `${path} ${name}`).toBe(value);
  }
});

test('pages work under the headers: no console error while reading and searching', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/en/');
  await page.locator('main a[href*="/articles/"]').first().click();
  await page.waitForLoadState('networkidle');
  await page.goto('/en/search/?q=Anthropic');
  await expect(page.locator('#search-results li').first()).toBeVisible({ timeout: 20_000 });
  expect(errors).toEqual([]);
});

test('no other site can frame a page (frame-ancestors, X-Frame-Options)', async ({ page }) => {
  let loaded = false;
  page.on('response', (r) => {
    if (r.url() === `${SERVED}/en/` && r.status() === 200) loaded = true;
  });
  await page.setContent(`<iframe src="${SERVED}/en/" width="400" height="300"></iframe>`);
  await expect.poll(() => loaded).toBe(true);
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  // A blocked frame shows the browser's error page, never the site.
  await expect.poll(async () => frame.url()).not.toBe(`${SERVED}/en/`);
});
