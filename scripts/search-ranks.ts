// Where articles land in search, as a reader sees the results: for a fixed list of queries in the
// three languages, the rank of the first article that contains the query, and of every such article.
// Usage: node scripts/search-ranks.ts [dist]   (a built site; it is served on a free port)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { freePort } from './free-port.ts';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';

/** Fixed: the figures before and after a change are only comparable on the same queries. */
export const QUERIES: Record<'en' | 'fr' | 'zh', string[]> = {
  en: ['compute', 'Microsoft', 'Stripe', 'infrastructure'],
  fr: ['infrastructure', 'Rahul Patil', 'Amazon', 'GPU'],
  zh: ['微软', '马斯克', '基础设施', '算力'],
};

const dist = process.argv[2] ?? 'dist';

/** Every result's path, in order, after "Show more" has revealed them all. */
async function resultPaths(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const shown = await page.locator('#search-results li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, shown);
  }
  return page.locator('#search-results a.result-title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** What a reader reads of an article in that language: its title, its summary and the original text. */
async function readableText(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return page.evaluate(() =>
    ['h1', '.summary', '.original-text']
      .map((s) => document.querySelector(s)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' '),
  );
}

const port = await freePort();
const server = spawn(process.execPath, [join(process.cwd(), 'scripts', 'serve.ts'), dist, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const rows: string[] = ['| lang | query | results | first containing article | every containing article |', '|---|---|---|---|---|'];
try {
  const page = await browser.newPage();
  const base = `http://localhost:${port}`;
  for (const [lang, queries] of Object.entries(QUERIES)) {
    // The article pages of this language (a moved slug's page only redirects: skipped).
    const articlePaths = readdirSync(join(dist, lang, 'articles'))
      .filter((slug) => !readFileSync(join(dist, lang, 'articles', slug, 'index.html'), 'utf8').includes('http-equiv="refresh"'))
      .map((slug) => `/${lang}/articles/${slug}/`);
    const texts = new Map<string, string>();
    for (const path of articlePaths) texts.set(path, (await readableText(page, `${base}${path}`)).toLocaleLowerCase(lang));
    for (const q of queries) {
      const containing = new Set(articlePaths.filter((p) => texts.get(p)!.includes(q.toLocaleLowerCase(lang))));
      const paths = await resultPaths(page, `${base}/${lang}/search/?q=${encodeURIComponent(q)}`);
      const ranks = paths.flatMap((p, i) => (containing.has(p) ? [i + 1] : []));
      const missing = containing.size - ranks.length;
      rows.push(
        `| ${lang} | ${q} | ${paths.length} | ${ranks[0] ?? '–'} | ${ranks.join(', ')}${missing ? ` (${missing} not found)` : ''} of ${containing.size} |`,
      );
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(rows.join('\n'));
