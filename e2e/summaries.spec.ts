// The content audit's rules that a page can show: what a summary, a description and an article's structure must not do.
import { LOCALES, type Locale } from '../src/i18n/locales.ts';
import en from '../src/i18n/strings/en.json' with { type: 'json' };
import fr from '../src/i18n/strings/fr.json' with { type: 'json' };
import zh from '../src/i18n/strings/zh.json' with { type: 'json' };
import { articles } from './content.ts';
import { entities } from './entity-oracle.ts';
import { expect, test } from './entity-pages.ts';

const STRINGS: Record<Locale, Record<string, string>> = { en, fr, zh };

/** Words that point at the reader's present: in a summary read years later they name the wrong time. */
const RELATIVE_TIME: Record<Locale, RegExp> = {
  en: /\b(?:this|last|next) (?:summer|winter|spring|autumn|fall|week|month|year)\b|\b(?:currently|nowadays|right now)\b/i,
  fr: /\b(?:cet (?:été|hiver|automne)|ce printemps|cette (?:semaine|année)|ce mois-ci|actuellement|aujourd’hui)\b/i,
  zh: /今年|去年|明年|本周|上周|本月|眼下|当下|如今/,
};

// Each test walks many pages of a shared, slow machine.
test.describe.configure({ timeout: 240_000 });

for (const lang of LOCALES) {
  test(`${lang}: no summary dates things relative to the reader’s present`, async ({ page }) => {
    for (const article of articles) {
      await page.goto(`/${lang}/articles/${article.slug}/`);
      const shown = await page.locator('.summary p').first().innerText();
      expect(shown, article.slug).not.toMatch(RELATIVE_TIME[lang]);
    }
  });

  test(`${lang}: every provenance flag of an article is stated on its page, including unverified claims`, async ({ page }) => {
    let unverified = 0;
    for (const article of articles) {
      await page.goto(`/${lang}/articles/${article.slug}/`);
      for (const flag of article.data.notes.flags) await expect(page.getByText(STRINGS[lang][`flag.${flag}`]!), `${article.slug}: ${flag}`).toBeVisible();
      if (article.data.notes.flags.includes('unverified-claims')) unverified += 1;
    }
    // 002 names a person and 004 a deal on no stated source (content audit 002-1, 004-5).
    expect(unverified).toBeGreaterThanOrEqual(2);
  });
}

test('en: summaries use typographic quotes and apostrophes, as the bodies and descriptions do', async ({ page }) => {
  for (const article of articles) {
    await page.goto(`/en/articles/${article.slug}/`);
    expect(await page.locator('.summary p').first().innerText(), article.slug).not.toMatch(/['"]/);
  }
});

test('zh: entity descriptions space Han characters from Latin letters and digits, as summaries do', async ({ entityPages }) => {
  const pages = await entityPages('zh');
  for (const entity of entities) expect(pages.get(entity.id)!.lead, entity.id).not.toMatch(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u);
});

test('002: the page’s AI-generated label heads the sections it governs and is never fused into a heading', async ({ page }) => {
  await page.goto('/en/articles/anthropic-hires-ms-azure-ai-lead/');
  const original = page.locator('.original-text');
  const headings = await original.locator('h3, h4, h5').evaluateAll((hs) => hs.map((h) => [h.tagName, (h.textContent ?? '').replace(/\s*¶\s*$/, '').trim()]));
  const deep = headings.findIndex(([, text]) => text!.includes('Deep Insight'));
  const level = headings[deep]![0]!;
  for (const name of ['Enhanced Key Takeaways', 'Competitor Analysis', 'Future Implications']) {
    const [tag, text] = headings.find(([, t]) => t!.includes(name))!;
    expect(tag! > level, `${name} is a sub-section of Deep Insight`).toBe(true);
    expect(text).not.toContain('AI analysis');
  }
  // Its own paragraph (the passage's ¶ link aside).
  const label = original.locator('p', { hasText: 'AI analysis grounded in cited sources' });
  await expect(label).toHaveCount(1);
  expect(
    (
      await label.evaluate((p) =>
        [...p.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join(''),
      )
    ).trim(),
  ).toBe('AI analysis grounded in cited sources');
});
