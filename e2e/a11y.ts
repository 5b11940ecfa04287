// The accessibility sweep's machinery: which pages run which axe rules, and one page checked as
// readers get it. `a11y.spec.ts` sweeps the pages; the entity pages are swept by the entity-pages
// setup project during the one visit it makes to each (entity-pages.ts).
//
// Every built page, as readers get it: WCAG 2.2 AA. The rules that read only the DOM run on every
// page. The rules that depend on layout and colour (contrast, target size…) give the same answer for
// the same kind of element under the same stylesheet, so they run on enough pages of each template
// and language to meet every kind of element it has (an element's tag and classes, under its
// parent's): the heaviest page first, then each page that brings a kind not met yet. The heaviest page
// of each template and language runs them again on a phone and in dark mode.
import { createRequire } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleMessage, Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visitParents } from 'unist-util-visit-parents';
import { listFiles, urlOf } from '../scripts/checks/dist-files.ts';
import { SERVED } from './site.ts';

const DIST = join(process.cwd(), 'dist');
const files = listFiles(DIST).filter((f) => f.endsWith('.html'));
/** `/fr/entities/x/` → `/fr/entities/*`: pages that one template draws, in one language. */
export const templateOf = (url: string) => url.replace(/^\/(a|[a-z]{2}\/(articles|entities|timeline|og))\/[^/]+\/$/, '/$1/*');

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
/** Every built page's URL. */
export const pages = files.map(urlOf);
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
 * axe-core in the page: where the sweep loads it (below) it is there already, otherwise it is injected
 * now. Either way through the debugger, so the page's CSP does not block it. It runs as often as
 * needed: every rule of the WCAG tags, or only some, or all but some.
 */
export async function violations(page: Page, rules: { only?: string[]; except?: string[] } = {}): Promise<string[]> {
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

const sweeping = new WeakSet<Page>();
/**
 * A browser page made ready for the sweep, once: axe-core loads with every document (an init script
 * costs less than injecting it after each load), and the page is in the first setting, which every
 * page of the sweep leaves it in. Changing a setting costs a layout, so a page is only moved to
 * the other settings when it is checked in them.
 */
async function readyToSweep(page: Page): Promise<void> {
  if (sweeping.has(page)) return;
  sweeping.add(page);
  await page.addInitScript(AXE_SOURCE);
  await page.setViewportSize(VIEWPORTS[0]);
  await page.emulateMedia({ colorScheme: SCHEMES[0] });
}

/**
 * One page as readers get it: every problem axe finds in its settings, and every console error.
 * `whileThere` runs once the page has loaded, before axe changes its viewport or colour scheme
 * (the entity-pages setup reads the page then).
 */
export async function problemsOf(page: Page, url: string, whileThere?: () => Promise<void>): Promise<string[]> {
  await readyToSweep(page);
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
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) return [...problems, `HTTP ${response?.status() ?? 'no response'}`];
    await whileThere?.();
    // Every rule once, in the first setting (those of layout and colour only where this page meets a
    // kind of element first); on the heaviest page, the rules of layout and colour in the other three.
    const first = COVER.has(url) ? {} : { except: LAYOUT_AND_COLOUR_RULES };
    problems.push(...(await violations(page, first)).map((v) => `${VIEWPORTS[0].name}, ${SCHEMES[0]}: ${v}`));
    if (SAMPLED.has(url)) {
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        for (const colorScheme of SCHEMES) {
          if (viewport === VIEWPORTS[0] && colorScheme === SCHEMES[0]) continue;
          await page.emulateMedia({ colorScheme });
          problems.push(...(await violations(page, { only: LAYOUT_AND_COLOUR_RULES })).map((v) => `${viewport.name}, ${colorScheme}: ${v}`));
        }
      }
      await page.setViewportSize(VIEWPORTS[0]);
      await page.emulateMedia({ colorScheme: SCHEMES[0] });
    }
    return problems;
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
}

/** Up to twelve pages, the heaviest running axe four times: the time a busy machine needs. */
export const sweepTimeout = (urls: string[]) => 30_000 * urls.length + (urls.some((u) => SAMPLED.has(u)) ? 60_000 : 0);
