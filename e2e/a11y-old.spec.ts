import { SERVED } from './site.ts';
import { createRequire } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { listFiles, urlOf } from '../scripts/checks/dist-files.ts';

// Every built page, as readers get it: WCAG 2.2 AA. Every rule runs on every page (desktop, light);
// the rules that depend on layout and colour run again on a phone and in dark mode on one page per
// template and language, the heaviest, since pages of one template share their layout and styles.
const DIST = join(process.cwd(), 'dist');
const files = listFiles(DIST).filter((f) => f.endsWith('.html'));
/** `/fr/entities/x/` → `fr/entities/*`: pages that one template draws, in one language. */
const templateOf = (url: string) => url.replace(/^\/(a|[a-z]{2}\/(articles|entities|timeline|og))\/[^/]+\/$/, '/$1/*');
const heaviest = new Map<string, { url: string; bytes: number }>();
for (const file of files) {
  const url = urlOf(file);
  const bytes = statSync(join(DIST, file)).size;
  const template = templateOf(url);
  if ((heaviest.get(template)?.bytes ?? -1) < bytes) heaviest.set(template, { url, bytes });
}
const SAMPLED = new Set([...heaviest.values()].map((p) => p.url));
const pages = files.map(urlOf);
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Rules whose outcome can change with the viewport or the colour scheme; the others read only the DOM, which is the same in all four. */
const LAYOUT_AND_COLOUR_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'meta-viewport', 'region'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core once per page (injected through the debugger, so the page's CSP does not block it), run as often as needed. */
async function violations(page: Page, only?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    ([tags, rules]) =>
      (window as unknown as { axe: { run(o: object): Promise<AxeResults> } }).axe.run({
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    [TAGS, only ?? null] as const,
  );
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

test.describe.configure({ mode: 'parallel' });

for (const url of pages) {
  test(`${url} passes axe${SAMPLED.has(url) ? ' (phone and desktop, light and dark)' : ''} and runs without console errors`, async ({ page }) => {
    // The heaviest pages run axe four times: give them the time a busy machine needs.
    if (SAMPLED.has(url)) test.setTimeout(90_000);
    // The root page and permalinks send readers on to their language: check them as readers
    // without JavaScript see them, by serving them without their redirecting script.
    if (url === '/' || url.startsWith('/a/')) {
      await page.route(new URL(url, SERVED).href, async (route) => {
        const response = await route.fetch();
        route.fulfill({ response, body: (await response.text()).replace(/<script type="module"[\s\S]*?<\/script>/g, '') });
      });
    }
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
    let first = true;
    for (const viewport of SAMPLED.has(url) ? VIEWPORTS : VIEWPORTS.slice(0, 1)) {
      await page.setViewportSize(viewport);
      for (const colorScheme of SAMPLED.has(url) ? SCHEMES : SCHEMES.slice(0, 1)) {
        await page.emulateMedia({ colorScheme });
        // Every rule once, then the rules that depend on layout and colour in the other three settings.
        expect(await violations(page, first ? undefined : LAYOUT_AND_COLOUR_RULES), `${viewport.name}, ${colorScheme}`).toEqual([]);
        first = false;
      }
    }
    expect(errors).toEqual([]);
  });
}

test('the sweep would catch low contrast', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => document.querySelectorAll('p').forEach((p) => (p.style.color = '#e8e6e1')));
  expect((await violations(page)).some((v) => v.startsWith('color-contrast'))).toBe(true);
});
