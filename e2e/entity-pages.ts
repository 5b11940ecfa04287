// Every entity page, read once per test worker and language: the entity tests compare many of them
// with the content, and visiting each page once for all of them (instead of once per test) keeps
// their coverage at a fraction of the time. What is read is what a reader sees in Chromium.
import { test as base } from '@playwright/test';
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

type EntityPages = (lang: Locale) => Promise<Map<string, EntityPage>>;

/** `test` with `entityPages(lang)`: every entity page of a language by entity id, read on first use in each worker. */
export const test = base.extend<object, { entityPages: EntityPages }>({
  entityPages: [
    async ({ browser }, use) => {
      const read = new Map<Locale, Promise<Map<string, EntityPage>>>();
      const context = await browser.newContext();
      const page = await context.newPage();
      let queue = Promise.resolve();
      await use((lang) => {
        if (!read.has(lang)) {
          // The test that reads a language first waits for every entity page on a busy machine: it gets that time on top of its own.
          base.info().setTimeout(base.info().timeout + 180_000);
          // One browser page reads the languages in turn.
          const pages = queue.then(async () => {
            const byId = new Map<string, EntityPage>();
            for (const entity of entities) {
              const url = `${SERVED}/${lang}/entities/${entity.id}/`;
              const response = await page.goto(url);
              if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
              byId.set(entity.id, await page.evaluate(readEntityPage));
            }
            return byId;
          });
          queue = pages.then(
            () => undefined,
            () => undefined,
          );
          read.set(lang, pages);
        }
        return read.get(lang)!;
      });
      await context.close();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});

export { expect } from '@playwright/test';
