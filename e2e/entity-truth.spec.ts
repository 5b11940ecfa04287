// Entity pages tell the truth: neighbours that matter, claims shown as claims, summary mentions in the reader's language.
import type { Page } from '@playwright/test';
import { LOCALES, type Locale } from '../src/i18n/locales.ts';
import en from '../src/i18n/strings/en.json' with { type: 'json' };
import fr from '../src/i18n/strings/fr.json' with { type: 'json' };
import zh from '../src/i18n/strings/zh.json' with { type: 'json' };
import { articles } from './content.ts';
import { entities, entitiesIn, summaryText } from './entity-oracle.ts';
import { expect, test } from './entity-pages.ts';

const STRINGS: Record<Locale, Record<string, string>> = { en, fr, zh };
const entity = (id: string) => entities.find((e) => e.id === id)!;
const articleByDataId = new Map(articles.map((a) => [a.data.id, a]));

/**
 * The test's own statement of the rule: a statement is a claim when the
 * registry marks it unverified, or when it rests on articles that are all
 * flagged as AI-written or unsourced.
 */
const DOUBT = ['ai-generated', 'unsourced-figures', 'unverified-claims'];
function isClaim(basis: { articles: readonly string[]; unverified?: boolean | undefined }): boolean {
  if (basis.unverified) return true;
  return basis.articles.length > 0 && basis.articles.every((id) => articleByDataId.get(id)?.data.notes.flags.some((f) => DOUBT.includes(f)));
}

/** The neighbours the page's small graph draws, by entity id. */
async function graphNeighbours(page: Page, lang: Locale): Promise<string[]> {
  const hrefs = await page
    .locator('#neighbours ~ svg.graph a, section:has(#neighbours) svg.graph a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.replace(`/${lang}/entities/`, '').replace(/\/$/, ''));
}

// Each test walks many pages of a shared, slow machine.
test.describe.configure({ timeout: 240_000 });

for (const lang of LOCALES) {
  test(`${lang}: "Often mentioned with" ranks what goes with an entity, not the alphabet`, async ({ page }) => {
    await page.goto(`/${lang}/entities/elon-musk/`);
    const musk = await graphNeighbours(page, lang);
    expect(musk).toEqual(expect.arrayContaining(['xai', 'tesla', 'colossus']));
    await page.goto(`/${lang}/entities/tesla/`);
    expect(await graphNeighbours(page, lang)).toContain('elon-musk');
    await page.goto(`/${lang}/entities/colossus/`);
    expect(await graphNeighbours(page, lang)).toEqual(expect.arrayContaining(['xai', 'elon-musk']));
  });

  test(`${lang}: a relation that rests only on flagged sources is shown as a claim on both entities’ pages`, async ({ entityPages }) => {
    const t = STRINGS[lang];
    const pages = await entityPages(lang);
    let claims = 0;
    for (const subject of entities) {
      for (const relation of subject.data.relations) {
        // Each relation is checked on the subject's page (the line links the target) and the target's (it links the subject).
        for (const [pageOf, other] of [
          [subject.id, relation.of],
          [relation.of, subject.id],
        ] as const) {
          const what = `${subject.id} → ${relation.of} on ${pageOf}`;
          const role = relation.role[lang].toLowerCase();
          const line = pages.get(pageOf)!.relations.find((l) => l.hrefs.includes(`/${lang}/entities/${other}/`) && l.text.toLowerCase().includes(role));
          expect(line?.visible, `${what}: a visible line`).toBe(true);
          for (const id of relation.articles) expect(line!.hrefs, `${what}: its source`).toContain(`/${lang}/articles/${articleByDataId.get(id)!.slug}/`);
          if (isClaim(relation)) {
            claims += 1;
            expect(line!.claimLabel, what).toBe(t['entity.claim']);
            const reasons = relation.articles.flatMap((id) => articleByDataId.get(id)!.data.notes.flags).filter((f) => DOUBT.includes(f));
            for (const reason of relation.unverified ? [...reasons, 'unverified-claims'] : reasons) expect(line!.text, what).toContain(t[`claim.${reason}`]);
          } else {
            expect(line!.claimLabel, `${what} is reported as fact`).toBeNull();
          }
        }
      }
    }
    expect(claims, 'the registry has claims to show').toBeGreaterThan(0);
  });

  test(`${lang}: a description that rests only on flagged sources says so, and JSON-LD does not state it`, async ({ entityPages }) => {
    const t = STRINGS[lang];
    const pages = await entityPages(lang);
    for (const e of entities.filter((x) => x.data.descriptionBasis && isClaim(x.data.descriptionBasis))) {
      const { descriptionSource, jsonLd } = pages.get(e.id)!;
      expect(descriptionSource?.claimLabel, e.id).toBe(t['entity.claim']);
      for (const id of e.data.descriptionBasis!.articles)
        expect(descriptionSource!.hrefs, e.id).toContain(`/${lang}/articles/${articleByDataId.get(id)!.slug}/`);
      expect(jsonLd, `${e.id}: the page has JSON-LD`).toBeTruthy();
      expect(jsonLd!['description'], e.id).toBeUndefined();
    }
    expect(pages.get('pavan-davuluri')!.descriptionSource?.text).toContain(t['claim.ai-generated']);
  });

  test(`${lang}: an entity page’s JSON-LD states the relations reported as fact, never the claims`, async ({ entityPages }) => {
    const pages = await entityPages(lang);
    const patil = pages.get('rahul-patil')!.jsonLd;
    expect(patil, 'the page has JSON-LD').toBeTruthy();
    expect(patil!['@type']).toBe('Person');
    expect(patil!['name']).toBe(entity('rahul-patil').data.name[lang]);
    expect(JSON.stringify(patil!['affiliation'])).toContain(`/${lang}/entities/anthropic/`);
    expect(JSON.stringify(patil!['alumniOf'])).toContain(`/${lang}/entities/stripe/`);
    for (const person of entities.filter((e) => e.data.type === 'person')) {
      const ld = JSON.stringify(pages.get(person.id)!.jsonLd);
      for (const relation of person.data.relations.filter(isClaim)) {
        expect(ld, `${person.id} → ${relation.of} is a claim`).not.toContain(`/${lang}/entities/${relation.of}/`);
      }
    }
  });

  test(`${lang}: no relation rests on 002’s AI-generated identification of Pavan Davuluri`, async ({ entityPages }) => {
    const pages = await entityPages(lang);
    expect(pages.get('pavan-davuluri')!.relations).toEqual([]);
    for (const id of ['anthropic', 'microsoft', 'windows', 'surface', 'azure-ai']) {
      expect(
        pages.get(id)!.relations.filter((l) => l.hrefs.some((h) => h.endsWith('/entities/pavan-davuluri/'))),
        id,
      ).toEqual([]);
    }
  });

  test(`${lang}: a name given only in a summary counts as a mention`, async ({ page }) => {
    await page.goto(`/${lang}/entities/tmtpost/`);
    await expect(page.locator('.mentions > li h3 a')).toHaveAttribute('href', `/${lang}/articles/anthropic-hires-ms-azure-ai-lead/`);
    await expect(page.getByText(STRINGS[lang]['entity.none']!)).toHaveCount(0);
  });

  test(`${lang}: where a summary names the entity, the page shows that sentence in the reader’s language beside the original`, async ({ entityPages }) => {
    const pages = await entityPages(lang);
    let pairs = 0;
    for (const e of entities) {
      for (const a of articles.filter((x) => entitiesIn(summaryText(x.data, lang), lang).has(e.id))) {
        const item = pages.get(e.id)!.mentions.find((m) => m.href === `/${lang}/articles/${a.slug}/`);
        const [quote] = item?.inSummary ?? [];
        expect(quote?.lang, `${e.id} in ${a.slug}`).toBe(lang);
        // The sentence is the summary's own, in the page language, with the name marked.
        expect(summaryText(a.data, lang), `${e.id}: quoted from the ${lang} summary`).toContain(quote!.text);
        expect(quote!.marks, `${e.id} in ${a.slug}: the name marked`).toHaveLength(1);
        if (entitiesIn(a.body.replace(/\\(.)/g, '$1'), a.data.language).has(e.id)) {
          expect(item!.inOriginal[0]?.lang, `${e.id}: the original sentence beside it`).toBe(a.data.language);
          pairs += 1;
        }
      }
    }
    expect(pairs).toBeGreaterThan(10);
  });

  test(`${lang}: a summary names a person or organisation as its entity page does`, async ({ page }) => {
    for (const a of articles) {
      await page.goto(`/${lang}/articles/${a.slug}/`);
      const linked = await page.locator('.summary a.entity').evaluateAll((as) => as.map((x) => (x as HTMLElement).dataset['entity']!));
      for (const id of new Set(linked)) {
        const e = entity(id);
        if (e.data.type !== 'person' && e.data.type !== 'organization') continue;
        expect(summaryText(a.data, lang), `${a.slug}: the ${lang} summary writes ${id} as its page title does`).toContain(e.data.name[lang]);
      }
    }
  });

  test(`${lang}: the ambiguous forms "Rahul" and "Copilot" link to no one`, async ({ page }) => {
    await page.goto(`/${lang}/entities/rahul-patil/`);
    expect(await page.locator('.mentions mark').allInnerTexts()).not.toContain('Rahul');
    await page.goto(`/${lang}/entities/github-copilot/`);
    expect(await page.locator('.mentions mark').allInnerTexts()).not.toContain('Copilot');
    await page.goto(`/${lang}/articles/anthropics-claude-becomes-engineering-infrastructure/`);
    await expect(page.locator('.original-text li', { hasText: 'Gemini Workspace as the three' }).locator('a[data-entity="github-copilot"]')).toHaveCount(0);
  });
}
