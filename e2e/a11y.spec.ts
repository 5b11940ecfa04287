import { SERVED } from './site.ts';
import { createRequire } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visitParents } from 'unist-util-visit-parents';
import { listFiles, urlOf } from '../scripts/checks/dist-files.ts';

// Every built page, as readers get it: WCAG 2.2 AA. The rules that read only the DOM run on every
// page. The rules that depend on layout and colour (contrast, target size…) give the same answer for
// the same kind of element under the same stylesheet, so they run on enough pages of each template
// and language to meet every kind of element it has (an element's tag and classes, under its
// parent's): the heaviest page first, then each page that brings a kind not met yet. The heaviest page
// of each template and language runs them again on a phone and in dark mode.
const DIST = join(process.cwd(), 'dist');
const files = listFiles(DIST).filter((f) => f.endsWith('.html'));
/** `/fr/entities/x/` → `fr/entities/*`: pages that one template draws, in one language. */
const templateOf = (url: string) => url.replace(/^\/(a|[a-z]{2}\/(articles|entities|timeline|og))\/[^/]+\/$/, '/$1/*');

/** What decides how each element of a page looks: its tag and classes, under its parent's. */
function elementKinds(html: string): Set<string> {
  const kinds = new Set<string>();
  const kind = (e: Element) => `${e.tagName}.${[...((e.properties['className'] as string[] | undefined) ?? [])].sort().join('.')}`;
  visitParents(fromHtml(html) as Root, 'element', (node: Element, ancestors) => {
    const parent = ancestors.at(-1);
    kinds.add(`${parent?.type === 'element' ? kind(parent) : ''} > ${kind(node)}`);
  });
  return kinds;
}

const byTemplate = Map.groupBy(
  files.map((file) => ({ url: urlOf(file), bytes: statSync(join(DIST, file)).size, file })),
  (p) => templateOf(p.url),
);
/** The heaviest page of each template and language: layout and colour in four settings. */
const SAMPLED = new Set<string>();
/** Pages that together meet every kind of element of their template and language: layout and colour rules. */
const COVER = new Set<string>();
for (const group of byTemplate.values()) {
  const heaviestFirst = group.sort((a, b) => b.bytes - a.bytes || a.url.localeCompare(b.url));
  SAMPLED.add(heaviestFirst[0]!.url);
  const met = new Set<string>();
  for (const page of heaviestFirst) {
    const kinds = elementKinds(readFileSync(join(DIST, page.file), 'utf8'));
    if ([...kinds].some((k) => !met.has(k))) {
      COVER.add(page.url);
      for (const k of kinds) met.add(k);
    }
  }
}
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

/**
 * axe-core once per page (injected through the debugger, so the page's CSP does not block it), run as
 * often as needed: every rule of the WCAG tags, or only some, or all but some.
 */
async function violations(page: Page, rules: { only?: string[]; except?: string[] } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    ([tags, only, except]) =>
      (window as unknown as { axe: { run(o: object): Promise<AxeResults> } }).axe.run({
        runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: tags },
        ...(except ? { rules: Object.fromEntries(except.map((id) => [id, { enabled: false }])) } : {}),
        resultTypes: ['violations'],
      }),
    [TAGS, rules.only ?? null, rules.except ?? null] as const,
  );
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

/** One page as readers get it: every problem axe finds in its settings, and every console error. */
async function problemsOf(page: Page, url: string): Promise<string[]> {
  // The root page and permalinks send readers on to their language: check them as readers
  // without JavaScript see them, by serving them without their redirecting script.
  if (url === '/' || url.startsWith('/a/')) {
    await page.route(new URL(url, SERVED).href, async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: (await response.text()).replace(/<script type="module"[\s\S]*?<\/script>/g, '') });
    });
  }
  const problems: string[] = [];
  const onConsole = (m: ConsoleMessage) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`));
  const onError = (e: Error) => void problems.push(`page error: ${e.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  await page.goto(url, { waitUntil: 'load' });
  let first = true;
  for (const viewport of SAMPLED.has(url) ? VIEWPORTS : VIEWPORTS.slice(0, 1)) {
    await page.setViewportSize(viewport);
    for (const colorScheme of SAMPLED.has(url) ? SCHEMES : SCHEMES.slice(0, 1)) {
      await page.emulateMedia({ colorScheme });
      // Every rule once (those of layout and colour where this page meets a kind of element first),
      // then the rules of layout and colour in the other three settings.
      const rules = first ? (COVER.has(url) ? {} : { except: LAYOUT_AND_COLOUR_RULES }) : { only: LAYOUT_AND_COLOUR_RULES };
      problems.push(...(await violations(page, rules)).map((v) => `${viewport.name}, ${colorScheme}: ${v}`));
      first = false;
    }
  }
  page.off('console', onConsole);
  page.off('pageerror', onError);
  await page.setViewportSize(VIEWPORTS[0]);
  await page.emulateMedia({ colorScheme: 'light' });
  return problems;
}

/**
 * The pages of a template and language, a dozen to a test: one browser page visits them in turn
 * (a fresh context per page cost more than axe on most of them), and the test lists every page
 * with its problems.
 */
const CHUNK = 12;
const chunks = [...Map.groupBy(pages, templateOf)].flatMap(([template, urls]) =>
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
    // Up to twelve pages, the heaviest running axe four times: the time a busy machine needs.
    test.setTimeout(30_000 * urls.length + (urls.some((u) => SAMPLED.has(u)) ? 60_000 : 0));
    const found: Record<string, string[]> = {};
    for (const url of urls) {
      const problems = await problemsOf(page, url);
      if (problems.length > 0) found[url] = problems;
    }
    expect(found).toEqual({});
  });
}

test('the sweep would catch low contrast', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => document.querySelectorAll('p').forEach((p) => (p.style.color = '#e8e6e1')));
  expect((await violations(page)).some((v) => v.startsWith('color-contrast'))).toBe(true);
});
