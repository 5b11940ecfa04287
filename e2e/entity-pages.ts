// Every entity page, visited once for the whole run by the entity-pages setup project: it reads what
// the page shows, for the entity tests that compare many pages with the content, and sweeps it with
// axe (a11y.ts) for a11y.spec.ts. One visit per page for all of them (instead of one per test, per
// worker, or per check) keeps their coverage at a fraction of the time. What is read is what a reader
// sees in Chromium.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import type { Locale } from '../src/i18n/locales.ts';
import { problemsOf } from './a11y.ts';
import { entities } from './entity-oracle.ts';

/** One line of the relations list. */
export interface RelationLine {
  /** Its text, spaces collapsed (as Playwright's `hasText` and `toContainText` read it). */
  text: string;
  hrefs: string[];
  /** The "claim" label's text, or null when the line states a fact. */
  claimLabel: string | null;
  visible: boolean;
}

/** A quoted sentence of a mention: its language, its text as shown, the names it marks. */
export interface Quote {
  lang: string | null;
  text: string;
  marks: string[];
}

/** One article in the mentions list. */
export interface MentionItem {
  href: string;
  inSummary: Quote[];
  inOriginal: Quote[];
}

export interface EntityPage {
  lead: string;
  relations: RelationLine[];
  descriptionSource: { text: string; claimLabel: string | null; hrefs: string[] } | null;
  mentions: MentionItem[];
  jsonLd: Record<string, unknown> | null;
}

/** What one entity page shows, read in the browser in one pass. */
function readEntityPage(): EntityPage {
  const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
  const hrefs = (e: Element) => [...e.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
  const claimLabel = (e: Element) => {
    const label = e.querySelector('.claim-label');
    return label ? text(label) : null;
  };
  const quotes = (e: Element | null): Quote[] =>
    e
      ? [...e.querySelectorAll('blockquote')].map((q) => ({
          lang: q.getAttribute('lang'),
          text: (q as HTMLElement).innerText.trim(),
          marks: [...q.querySelectorAll('mark')].map((m) => (m as HTMLElement).innerText),
        }))
      : [];
  const source = document.querySelector('.description-source');
  const ld = document.querySelector('script[type="application/ld+json"]');
  return {
    lead: (document.querySelector('.lead') as HTMLElement | null)?.innerText ?? '',
    relations: [...document.querySelectorAll('.relations > li')].map((li) => ({
      text: text(li),
      hrefs: hrefs(li),
      claimLabel: claimLabel(li),
      visible: (li as HTMLElement).checkVisibility(),
    })),
    descriptionSource: source ? { text: text(source), claimLabel: claimLabel(source), hrefs: hrefs(source) } : null,
    mentions: [...document.querySelectorAll('.mentions > li')].map((li) => ({
      href: li.querySelector(':scope > h3 a')?.getAttribute('href') ?? '',
      inSummary: quotes(li.querySelector('.in-summary')),
      inOriginal: [...li.querySelectorAll('.in-original')].flatMap((d) => quotes(d)),
    })),
    jsonLd: ld ? (JSON.parse(ld.textContent ?? 'null') as Record<string, unknown>) : null,
  };
}

/** Each language's entity pages are visited in this many parts, so that both workers share the visits. */
export const PARTS = 2;

/** What the visits of one part found: each page's reading by entity id, and its accessibility problems by URL. */
interface Visits {
  reads: Record<string, EntityPage>;
  problems: Record<string, string[]>;
}

/** Where the setup project leaves what a part's visits found: a folder of this run's own (playwright.config.ts). */
function visitsOf(lang: Locale, part: number): string {
  const folder = process.env['DOSSIER_E2E_ENTITY_VISITS'];
  if (!folder) throw new Error('DOSSIER_E2E_ENTITY_VISITS is not set: run the end-to-end tests with -c e2e/playwright.config.ts, which sets it.');
  return join(folder, `${lang}-${part}.json`);
}

/** Part `part` (from 1) of a language's entity pages, visited in one browser page: read, then swept (the setup project's work). */
export async function visitEntityPages(page: Page, lang: Locale, part: number): Promise<void> {
  const visits: Visits = { reads: {}, problems: {} };
  const size = Math.ceil(entities.length / PARTS);
  for (const entity of entities.slice((part - 1) * size, part * size)) {
    const url = `/${lang}/entities/${entity.id}/`;
    visits.problems[url] = await problemsOf(page, url, async () => {
      visits.reads[entity.id] = await page.evaluate(readEntityPage);
    });
    if (!visits.reads[entity.id]) throw new Error(`${url} could not be read: ${visits.problems[url]!.join('; ')}`);
  }
  writeFileSync(visitsOf(lang, part), JSON.stringify(visits));
}

/** Every part's visits of a language, merged. */
function visitsIn(lang: Locale): Visits {
  const all: Visits = { reads: {}, problems: {} };
  for (let part = 1; part <= PARTS; part++) {
    const file = visitsOf(lang, part);
    if (!existsSync(file))
      throw new Error(
        `${file} is missing: the entity pages are visited by the "entity-pages" setup project first, which the "desktop" project depends on: run the tests with -c e2e/playwright.config.ts, without --no-deps.`,
      );
    const visits = JSON.parse(readFileSync(file, 'utf8')) as Visits;
    Object.assign(all.reads, visits.reads);
    Object.assign(all.problems, visits.problems);
  }
  return all;
}

/** The accessibility problems the setup project found on each entity page of a language, by URL. */
export const entitySweep = (lang: Locale): Record<string, string[]> => visitsIn(lang).problems;

type EntityPages = (lang: Locale) => Promise<Map<string, EntityPage>>;

/**
 * `test` with `entityPages(lang)`: every entity page of a language by entity id, as the
 * `entity-pages` setup project (e2e/entity-pages.setup.ts) read them once for all workers.
 */
export const test = base.extend<object, { entityPages: EntityPages }>({
  entityPages: [
    // No fixtures needed: Playwright reads a fixture's dependencies from this first parameter.
    async ({}, use) => {
      const loaded = new Map<Locale, Map<string, EntityPage>>();
      await use(async (lang) => {
        if (!loaded.has(lang)) loaded.set(lang, new Map(Object.entries(visitsIn(lang).reads)));
        return loaded.get(lang)!;
      });
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
