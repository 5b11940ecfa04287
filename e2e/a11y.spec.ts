// The accessibility sweep (the pages and rules are chosen in a11y.ts): every built page passes axe
// and runs without console errors. The entity pages were swept by the entity-pages setup project,
// during the one visit it makes to each; their tests here read what it found.
import { expect, test } from '@playwright/test';
import { LOCALES } from '../src/i18n/locales.ts';
import { pages, problemsOf, sweepTimeout, templateOf, violations } from './a11y.ts';
import { entitySweep } from './entity-pages.ts';

const ENTITY_TEMPLATES = new Map(LOCALES.map((lang) => [`/${lang}/entities/*`, lang]));

/**
 * The pages of a template and language, a dozen to a test: one browser page visits them in turn
 * (a fresh context per page cost more than axe on most of them), and the test lists every page
 * with its problems.
 */
const CHUNK = 12;
const byTemplate = Map.groupBy(pages, templateOf);
const chunks = [...byTemplate]
  .filter(([template]) => !ENTITY_TEMPLATES.has(template))
  .flatMap(([template, urls]) =>
    Array.from({ length: Math.ceil(urls.length / CHUNK) }, (_, i) => ({
      template,
      part: i + 1,
      of: Math.ceil(urls.length / CHUNK),
      urls: urls.slice(i * CHUNK, (i + 1) * CHUNK),
    })),
  );

test.describe.configure({ mode: 'parallel' });

for (const { template, part, of, urls } of chunks) {
  test(`${template}${of > 1 ? ` (${part} of ${of})` : ''}: ${urls.length} page(s) pass axe and run without console errors`, async ({ page }) => {
    test.setTimeout(sweepTimeout(urls));
    const found: Record<string, string[]> = {};
    for (const url of urls) {
      const problems = await problemsOf(page, url);
      if (problems.length > 0) found[url] = problems;
    }
    expect(found).toEqual({});
  });
}

for (const [template, lang] of ENTITY_TEMPLATES) {
  const urls = byTemplate.get(template) ?? [];
  test(`${template}: ${urls.length} page(s) pass axe and run without console errors (swept by the entity-pages setup)`, () => {
    const swept = entitySweep(lang);
    // Every entity page of the build was swept, and nothing else.
    expect(Object.keys(swept).sort()).toEqual([...urls].sort());
    expect(Object.fromEntries(Object.entries(swept).filter(([, problems]) => problems.length > 0))).toEqual({});
  });
}

test('the sweep would catch low contrast', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => document.querySelectorAll('p').forEach((p) => (p.style.color = '#e8e6e1')));
  expect((await violations(page)).some((v) => v.startsWith('color-contrast'))).toBe(true);
});
