import { expect, test } from '@playwright/test';
import { contentDirs, readArticles } from '../src/loaders/read-articles.ts';
import { shownSummary } from '../src/schemas/shown-field.ts';

// Runs against the site built from e2e/fixtures/hostile, which holds an article made from a raw page
// (e2e/fixtures/raw/northvale-library-archive.txt) by `npm run ingest` and then `npm run draft`, with
// nothing written by hand: its English summary is machine-drafted, its French and Chinese title and summary missing.
const SLUG = 'northvale-library-opens-its-newspaper-archive-to-the-public';
const article = readArticles(contentDirs('e2e/fixtures/hostile')).find((a) => a.slug === SLUG)!;
const summary = shownSummary(article.data, 'en')!;
const TITLE = 'Northvale library opens its newspaper archive to the public';

test('the ingested article has no field a person wrote but its source title', () => {
  expect(article.data.title.en).toEqual({ status: 'written', text: TITLE });
  expect(article.data.summary.en).toMatchObject({ status: 'machine', program: 'dossier draft', method: 'extractive' });
  for (const field of [article.data.title.fr, article.data.title.zh, article.data.summary.fr, article.data.summary.zh])
    expect(field).toEqual({ status: 'missing' });
});

const LABELS = {
  en: {
    title: undefined,
    summary: ['Machine-drafted summary, not yet reviewed'],
    credit: 'Drafted by dossier draft (sentences taken word for word from the article) on December 2, 2026.',
  },
  fr: {
    title: 'Titre pas encore disponible en français\u202f; le voici en anglais',
    summary: ['Résumé pas encore disponible en français\u202f; le voici en anglais', 'Résumé rédigé automatiquement, non relu'],
    credit: 'Rédigé par dossier draft (phrases reprises mot pour mot de l’article) le 2 décembre 2026.',
  },
  zh: {
    title: '标题尚无中文版本，以下为英语版本',
    summary: ['摘要尚无中文版本，以下为英语版本', '机器生成的摘要，尚未审校'],
    credit: '由 dossier draft（原文句子逐字摘录）于 2026年12月2日 生成。',
  },
} as const;

for (const lang of ['en', 'fr', 'zh'] as const) {
  test(`publishes in ${lang}, saying in ${lang} what a program drafted and what is missing`, async ({ page }) => {
    const response = await page.goto(`/${lang}/articles/${SLUG}/`);
    expect(response?.status()).toBe(200);
    const labels = LABELS[lang];
    const h1 = page.locator('h1');
    await expect(h1).toHaveText(TITLE);
    // Another language's text carries its own language.
    if (lang === 'en') await expect(h1.locator('[lang]')).toHaveCount(0);
    else await expect(h1.locator('span[lang="en"]')).toHaveText(TITLE);
    const titleLabel = page.locator('[data-field-label="title"]');
    if (labels.title) await expect(titleLabel).toHaveText(labels.title);
    else await expect(titleLabel).toHaveCount(0);

    const section = page.locator('section.summary');
    await expect(section.locator('[data-field-label="summary"]')).toHaveText(labels.summary.join(' · '));
    const text = section.locator('.summary-text');
    await expect(text).toHaveText(summary.text);
    if (lang === 'en') await expect(text).not.toHaveAttribute('lang');
    else await expect(text).toHaveAttribute('lang', 'en');
    // Which program, how and when, and the passages it took the sentences from, each a link to its passage.
    await expect(section.locator('.note')).toContainText(labels.credit);
    const passages = summary.field.status === 'machine' ? summary.field.passages! : [];
    await expect(section.locator('.note a')).toHaveText(passages.map((id) => `¶${id.slice(2)}`));
    await section.locator('.note a').first().click();
    await expect(page).toHaveURL(new RegExp(`#${passages[0]}$`));
    await expect(page.locator(`#${passages[0]}`)).toContainText(summary.text.split(/(?<=\.) /)[0]!);

    // JSON-LD says the same: a draft, its summary by a program, in English.
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(ld.creativeWorkStatus).toBe('Draft');
    expect(ld.abstract).toMatchObject({
      inLanguage: 'en',
      creativeWorkStatus: 'machine-drafted, not reviewed',
      author: { '@type': 'SoftwareApplication', name: 'dossier draft' },
    });
  });
}

test('the home card, the feed and a search result carry the same labels', async ({ page, request }) => {
  await page.goto('/fr/');
  const card = page.locator('.card', { hasText: TITLE });
  await expect(card.locator('.field-label')).toHaveText(`${LABELS.fr.title} · ${LABELS.fr.summary.join(' · ')}`);
  await expect(card.locator('.card-summary')).toHaveAttribute('lang', 'en');

  const feed = await (await request.get('/zh/rss.xml')).text();
  expect(feed).toContain(
    `<description>[${LABELS.zh.title} · ${LABELS.zh.summary.join(' · ')}] ${summary.text.replaceAll('"', '&quot;').replaceAll("'", '&apos;')}</description>`,
  );

  await page.goto('/fr/search/?q=Northvale');
  const result = page.locator('#search-results li', { hasText: TITLE });
  await expect(result.locator('.field-label')).toHaveText(`${LABELS.fr.title} · ${LABELS.fr.summary.join(' · ')}`);
  await expect(result.locator('a.result-title')).toHaveAttribute('lang', 'en');
  await expect(result.locator('.result-summary')).toHaveAttribute('lang', 'en');
});

test('on the zh page, the English title and summary shown until they are translated are set in Latin faces, as the original is', async ({ page }) => {
  await page.goto(`/zh/articles/${SLUG}/`);
  const face = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
  const chinese = await face('.summary h2');
  const [summary, title, original] = [await face('.summary-text[lang="en"]'), await face('h1 [lang="en"]'), await face('.original-text')];
  // A Chinese face first would set the English text's quotes and apostrophes full width ("Britain’ s").
  for (const latin of [summary, title, original]) expect(latin).not.toBe(chinese);
  expect(summary).not.toMatch(/CJK|PingFang|YaHei/);
  expect(title).not.toMatch(/CJK|Songti|PingFang/);
  // The title keeps its box's serif face, the summary its sans face.
  expect(title).toBe(original);
});
