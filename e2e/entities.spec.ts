import { LOCALES } from '../src/i18n/locales.ts';
import { articles } from './content.ts';
import { entities, entitiesIn, summaryText } from './entity-oracle.ts';
import { expect, test } from './entity-pages.ts';

/** The articles that mention an entity, in their text or a summary in any language, read from the content files. */
const mentioning = (entityId: string) =>
  articles.filter(
    (a) =>
      entitiesIn(a.body.replace(/\\(.)/g, '$1'), a.data.language).has(entityId) || LOCALES.some((l) => entitiesIn(summaryText(a.data, l), l).has(entityId)),
  );

for (const article of articles) {
  for (const lang of LOCALES) {
    test(`${lang}/${article.slug}: the article text links every entity it names once, at its first mention outside headings`, async ({ page }) => {
      await page.goto(`/${lang}/articles/${article.slug}/`);
      const { text, links } = await page.locator('.original-text').evaluate((root) => {
        const out = { text: '', links: [] as string[] };
        const walk = (node: Node) => {
          if (node instanceof HTMLElement && /^H[1-6]$/.test(node.tagName)) return; // headings are never linked
          if (node instanceof HTMLAnchorElement && node.dataset['entity']) out.links.push(node.dataset['entity']);
          if (node.nodeType === Node.TEXT_NODE) out.text += `${node.textContent}\n`;
          node.childNodes.forEach(walk);
        };
        root.childNodes.forEach(walk);
        return out;
      });
      expect(new Set(links), text.slice(0, 80)).toEqual(entitiesIn(text, article.data.language));
      expect(links.length, 'one link per entity in the whole text').toBe(new Set(links).size);
    });
  }
}

for (const lang of LOCALES) {
  test(`${lang}: every entity page lists exactly the articles that mention it, in their text or a summary`, async ({ entityPages }) => {
    const pages = await entityPages(lang);
    for (const entity of entities) {
      const expected = mentioning(entity.id)
        .map((a) => `/${lang}/articles/${a.slug}/`)
        .sort();
      expect(
        pages
          .get(entity.id)!
          .mentions.map((m) => m.href)
          .sort(),
        entity.id,
      ).toEqual(expected);
    }
  });
}

test('links lead from an article to an entity, and from the entity back to the passage', async ({ page }) => {
  await page.goto('/fr/articles/rahul-patil-ancien-cto-de-stripe-devient-cto-d-anthropic/');
  await page.locator('.original-text a[data-entity="sam-mccandlish"]').first().click();
  await expect(page).toHaveURL('/fr/entities/sam-mccandlish/');
  await expect(page.locator('h1')).toHaveText('Sam McCandlish');
  const item = page
    .locator('.mentions ul > li')
    .filter({ has: page.locator('a.passage-link[href^="/fr/articles/rahul-patil-ancien-cto-de-stripe-devient-cto-d-anthropic/#p-"]') })
    .first();
  const mark = await item.locator('mark').innerText();
  await item.locator('a.passage-link').click();
  await expect(page).toHaveURL(/\/fr\/articles\/rahul-patil-ancien-cto-de-stripe-devient-cto-d-anthropic\/#p-\d+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toContainText(mark);
});

test('a summary links its mentions to entity pages in the page language', async ({ page }) => {
  await page.goto('/zh/articles/anthropics-claude-becomes-engineering-infrastructure/');
  const hrefs = await page.locator('.summary a.entity').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/zh/entities/elon-musk/');
  expect(hrefs.every((h) => h?.startsWith('/zh/entities/'))).toBe(true);
});

test('the entity index groups entities by type with article counts, in every language', async ({ page }) => {
  await page.goto('/zh/entities/');
  await expect(page.locator('h2#person')).toHaveText('人物');
  await expect(page.locator('.entity-list a[href="/zh/entities/anthropic/"]')).toHaveText('Anthropic');
  await expect(page.locator('.entity-list li', { has: page.locator('a[href="/zh/entities/anthropic/"]') }).locator('.count')).toHaveText('5 篇文章');
});

test('the graph page draws every mentioned entity on a wide screen, with a list of the same names as the accessible equivalent', async ({ page }) => {
  await page.goto('/en/graph/');
  // The seeds name fewer entities than the wide drawing holds (100): it draws them all.
  const mentioned = entities
    .filter((e) => mentioning(e.id).length > 0)
    .map((e) => `/en/entities/${e.id}/`)
    .sort();
  const drawn = (await page.locator('svg.graph-wide a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort();
  expect(drawn).toEqual(mentioned);
  const listed = (await page.locator('.graph-list li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort();
  expect(listed).toEqual(mentioned);
});

for (const lang of LOCALES) {
  test(`${lang}: the site graph's names are at least 12 px and never overlap, from a small phone to a desktop`, async ({ page }) => {
    await page.goto(`/${lang}/graph/`);
    for (const width of [320, 390, 768, 1024, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const shown = page.locator('svg.graph:visible');
      await expect(shown, `${width} px: one drawing`).toHaveCount(1);
      const { sizes, boxes, unnamed, nodes } = await shown.evaluate((svg: SVGSVGElement) => {
        const scale = svg.getScreenCTM()!.a;
        const texts = [...svg.querySelectorAll('text')];
        return {
          sizes: texts.map((t) => ({ name: t.textContent!.trim(), px: parseFloat(getComputedStyle(t).fontSize) * scale })),
          boxes: texts.map((t) => ({ name: t.textContent!.trim(), ...t.getBoundingClientRect().toJSON() })),
          // Every node is a link with a name, drawn or not.
          unnamed: [...svg.querySelectorAll('a')].filter((a) => !(a.textContent!.trim() || a.getAttribute('aria-label'))).length,
          nodes: svg.querySelectorAll('a').length,
        };
      });
      expect(nodes, `${width} px: nodes drawn`).toBeGreaterThan(5);
      // Most nodes carry their name on the drawing, not only in a tooltip.
      expect(sizes.length, `${width} px: names drawn`).toBeGreaterThanOrEqual(nodes * 0.75);
      expect(unnamed, `${width} px: nodes without a name`).toBe(0);
      expect(
        sizes.filter((s) => s.px < 12),
        `${width} px: names under 12 px`,
      ).toEqual([]);
      const overlapping = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
          .map((b) => `${a.name} / ${b.name}`),
      );
      expect(overlapping, `${width} px: overlapping names`).toEqual([]);
    }
  });
}

test('the timeline shows dated articles and the events an article states', async ({ page }) => {
  await page.goto('/fr/timeline/');
  await expect(page.locator('.timeline-event')).toHaveCount(5);
  await expect(page.locator('.timeline-event').first()).toContainText('Anthropic est fondée par d’anciens dirigeants d’OpenAI.');
  await expect(page.locator('#undated + ul li')).toHaveCount(2);
});

test('each year of the timeline has its own page, linked from the year list', async ({ page }) => {
  await page.goto('/en/timeline/');
  const years = page.locator('nav.timeline-years a');
  const hrefs = await years.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  expect(hrefs).toContain('/en/timeline/2021/');
  expect(hrefs).toContain('/en/timeline/undated/');
  let events = 0;
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.locator('nav.timeline-years a[aria-current="page"]')).toHaveAttribute('href', href);
    events += await page.locator('.timeline-event').count();
  }
  // Every event on the one-page timeline is on its year's page too.
  expect(events).toBe(5);
  await page.goto('/en/timeline/2021/');
  await expect(page.locator('h1')).toHaveText('Timeline: 2021');
  await expect(page.locator('.timeline-event')).toContainText('Anthropic');
});
