// The article page as a reader meets it: on a phone the summary on the first screen and the text on
// the second; the names collapsed; a passage cited from its ¶ control, confirmed beside it; tables that
// say they scroll; a link title that fits a chat preview.
import { expect, test, type Page } from '@playwright/test';

const LONG = 'anthropics-claude-becomes-engineering-infrastructure';
const PATIL_FR = 'rahul-patil-ancien-cto-de-stripe-devient-cto-d-anthropic';
const LANGS = ['en', 'fr', 'zh'] as const;

const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => e.getBoundingClientRect().top + scrollY);

for (const lang of LANGS) {
  for (const slug of [LONG, PATIL_FR]) {
    test(`${lang} ${slug}: on a phone the summary starts on the first screen and the text within two @phone`, async ({ page }) => {
      await page.goto(`/${lang}/articles/${slug}/`);
      const screen = page.viewportSize()!.height;
      expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(120);
      // The summary's first line is on the first screen.
      const summary = page.locator('.summary-text p, .summary > p').first();
      expect((await top(page, '.summary-text p, .summary > p')) + 30).toBeLessThan(screen);
      await expect(summary).toBeVisible();
      expect(await top(page, '.original-text')).toBeLessThanOrEqual(2 * screen);
    });
  }

  test(`${lang}: the names the article mentions show the most mentioned, and all on demand`, async ({ page }) => {
    await page.goto(`/${lang}/articles/${LONG}/`);
    const named = page.locator('section.named');
    const shown = named.locator(':scope > .chips > li');
    const all = named.locator('li');
    const total = await all.count();
    expect(total).toBeGreaterThan(20);
    expect(await shown.count()).toBeLessThanOrEqual(8);
    await expect(named.locator('details.more-names li').first()).toBeHidden();
    // Most mentioned first: the counts shown never fall below a hidden one.
    const counts = await all.locator('.count').allTextContents();
    const numbers = counts.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await named.locator('details.more-names summary').click();
    await expect(named.locator('details.more-names li').last()).toBeVisible();
    await expect(named.locator('details.more-names summary')).toContainText(String(total));
  });

  test(`${lang}: a table has no empty strip above it`, async ({ page }) => {
    await page.goto(`/${lang}/articles/${LONG}/`);
    const gaps = await page
      .locator('.table-scroll')
      .evaluateAll((boxes) => boxes.map((b) => b.querySelector('table')!.getBoundingClientRect().top - b.getBoundingClientRect().top));
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(2);
  });

  test(`${lang}: a wide table on a phone says it scrolls sideways @phone`, async ({ page }) => {
    await page.goto(`/${lang}/articles/${LONG}/`);
    const wide = page.locator('.table-scroll.is-wide').first();
    await expect(wide).toBeAttached();
    const hint = await wide.evaluate((b) => getComputedStyle(b, '::before').content);
    expect(hint.length).toBeGreaterThan(5);
    expect(await wide.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
  });

  test(`${lang}: og:title fits a chat preview and ends at a word boundary`, async ({ page }) => {
    await page.goto(`/${lang}/articles/${LONG}/`);
    const title = (await page.locator('h1').innerText()).trim();
    const og = (await page.locator('meta[property="og:title"]').getAttribute('content'))!;
    expect([...og].length).toBeLessThanOrEqual(70);
    if ([...title].length <= 70) {
      expect(og).toBe(title);
      return;
    }
    expect(og.endsWith('…')).toBe(true);
    const kept = og.slice(0, -1);
    expect(title.startsWith(kept)).toBe(true);
    // The next character of the title starts a new word (or is punctuation): no word was cut.
    const next = title.slice(kept.length);
    if (lang !== 'zh') expect(next).toMatch(/^[\s\p{P}]/u);
  });
}

for (const lang of LANGS) {
  test(`${lang}: on a touch screen the ¶ control is visible, and citing it confirms beside it @phone`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Arriving from a search: the copied address must not carry its words.
    await page.goto(`/${lang}/articles/${PATIL_FR}/?highlight=stripe`);
    const anchor = page.locator('#p-2 > .passage-anchor');
    await anchor.scrollIntoViewIfNeeded();
    expect(Number(await anchor.evaluate((a) => getComputedStyle(a).opacity))).toBeGreaterThanOrEqual(0.5);
    const box = (await anchor.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await anchor.tap();
    const tools = page.locator('#p-2 .passage-tools');
    await expect(tools).toBeVisible();
    const status = tools.locator('[role="status"]');
    await expect(status).not.toBeEmpty();
    await expect(status).toBeInViewport();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`/${lang}/articles/${PATIL_FR}/#p-2$`));
    expect(copied).not.toContain('highlight');
  });

  test(`${lang}: a single passage is cited in plain text and in Markdown, without unknown-publisher noise`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${lang}/articles/${PATIL_FR}/`);
    const passage = page.locator('#p-2');
    const text = (
      await passage.evaluate((p) => {
        const c = p.cloneNode(true) as HTMLElement;
        c.querySelectorAll('.passage-anchor').forEach((a) => a.remove());
        return c.textContent!;
      })
    )
      .replace(/\s+/g, ' ')
      .trim();
    await passage.hover();
    await passage.locator('.passage-anchor').click();
    const tools = passage.locator('.passage-tools');
    await tools.getByRole('button').nth(1).click();
    await expect(tools.locator('[role="status"]')).not.toBeEmpty();
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(plain).toContain(text);
    expect(plain).toMatch(/#p-2$/);
    expect(plain).not.toMatch(/unknown|inconnu|不详/i);
    await tools.getByRole('button', { name: /Markdown/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^> /);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/\]\(http[^)]*#p-2\)/);
    expect(markdown).not.toMatch(/unknown|inconnu|不详/i);
    // The whole article too, in both forms.
    await page.locator('.share [data-copy="citation"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toMatch(/^> /);
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toMatch(/unknown|inconnu|不详/i);
  });
}
