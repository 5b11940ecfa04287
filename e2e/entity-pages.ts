// Every entity page, read once per language for the whole run: the entity tests compare many of them
// with the content, and visiting each page once for all of them (instead of once per test, or per
// worker) keeps their coverage at a fraction of the time. What is read is what a reader sees in Chromium.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import type { Locale } from '../src/i18n/locales.ts';
import { entities } from './entity-oracle.ts';
import { SERVED } from './site.ts';

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

/** Where the setup project leaves each language's reads for the tests: a folder of this run's own (playwright.config.ts). */
function readsOf(lang: Locale): string {
  const folder = process.env['DOSSIER_E2E_ENTITY_READS'];
  if (!folder) throw new Error('DOSSIER_E2E_ENTITY_READS is not set: run the end-to-end tests with -c e2e/playwright.config.ts, which sets it.');
  return join(folder, `${lang}.json`);
}

/** Every entity page of a language, by entity id, read in one browser page (the setup project's work). */
export async function readEntityPages(page: Page, lang: Locale): Promise<void> {
  const byId: Record<string, EntityPage> = {};
  for (const entity of entities) {
    const url = `${SERVED}/${lang}/entities/${entity.id}/`;
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
    byId[entity.id] = await page.evaluate(readEntityPage);
  }
  writeFileSync(readsOf(lang), JSON.stringify(byId));
}

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
        if (!loaded.has(lang)) {
          if (!existsSync(readsOf(lang)))
            throw new Error(
              `${readsOf(lang)} is missing: the entity pages are read by the "entity-pages" setup project first, which the "desktop" project depends on: run the tests with -c e2e/playwright.config.ts, without --no-deps.`,
            );
          loaded.set(lang, new Map(Object.entries(JSON.parse(readFileSync(readsOf(lang), 'utf8')) as Record<string, EntityPage>)));
        }
        return loaded.get(lang)!;
      });
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
