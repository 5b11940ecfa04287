// Search as a reader meets it, in Chromium: bytes transferred by a visit's first query (each query of
// the battery in turn, from an empty cache), and latency over the battery.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { median, percentile } from './measure.ts';
import { paths } from '../../src/i18n/paths.ts';
import { SHARDS_FILE, shardPath, type ShardsFile } from '../../src/search/shards.ts';

export interface FirstQuery {
  median: number;
  max: number;
  /** Bytes of each query, each the first search of a fresh visit (empty cache). */
  byQuery: Record<string, number>;
  /** What the heaviest query loaded, by kind of file. */
  heaviest: Record<string, number>;
}

export interface SearchFigures {
  firstQueryBytes: Record<string, FirstQuery>;
  latencyMs: { median: number; p95: number; queries: number };
}

const kindOf = (path: string) =>
  path.endsWith('.js')
    ? 'js'
    : path.endsWith('.pagefind')
      ? 'wasm'
      : path.endsWith('.pf_meta')
        ? 'meta'
        : (/\/(index|fragment|filter)\//.exec(path)?.[1] ?? 'other');

/**
 * Everything one search loads in a fresh visit (Pagefind's JS, WASM, metadata, index chunks, filters
 * and the shown results' fragments), whenever it loads it; the page itself is counted under page weight.
 */
async function firstSearch(browser: Browser, url: string, query: string): Promise<Record<string, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  // Requests from Pagefind's web worker too: the context sees them, the page's own session does not.
  context.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    pending.push(request.sizes().then((s) => void (bytes[kindOf(path)] = (bytes[kindOf(path)] ?? 0) + s.responseBodySize + s.responseHeadersSize)));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('#search-input').fill(query);
  await page.locator('#search-input').press('Enter');
  await page.locator('#search-results li').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await context.close();
  return bytes;
}

export async function measureSearch(projectRoot: string, dist: string, queries: Record<'en' | 'fr' | 'zh', string[]>): Promise<SearchFigures> {
  const port = 4510;
  const server = spawn(process.execPath, [join(projectRoot, 'scripts', 'serve.ts'), dist, String(port)], { cwd: '/' });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const firstQueryBytes: Record<string, FirstQuery> = {};
    const latencies: number[] = [];
    for (const lang of ['en', 'fr', 'zh'] as const) {
      const url = `http://localhost:${port}/${lang}/search/`;
      const byQuery: Record<string, number> = {};
      let heaviest: Record<string, number> = {};
      for (const q of queries[lang]) {
        const kinds = await firstSearch(browser, url, q);
        byQuery[q] = Object.values(kinds).reduce((a, b) => a + b, 0);
        if (byQuery[q] >= Math.max(...Object.values(byQuery))) heaviest = kinds;
      }
      firstQueryBytes[lang] = { median: median(Object.values(byQuery)), max: Math.max(...Object.values(byQuery)), byQuery, heaviest };
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'networkidle' });
      // Latency: each query's search and its first five results' data, timed in the page.
      const shardPaths = async (bundle: string) => {
        const { shards } = (await (await fetch(`http://localhost:${port}${bundle}${SHARDS_FILE}`)).json()) as ShardsFile;
        return Array.from({ length: shards - 1 }, (_, i) => shardPath(bundle, i + 1));
      };
      const times = await page.evaluate(
        async ({ qs, others }) => {
          const pf = await import(/* @vite-ignore */ `${document.documentElement.dataset['searchBundle']}pagefind.js`);
          // Every shard of the index merged, as the search page does (src/search/shards.ts).
          await Promise.all(others.map((path: string) => pf.mergeIndex(path)));
          // Loaded and initialised first by a word in no page (the fresh visits above count loading):
          // this times the searches alone.
          await pf.search('zzqxjv');
          const out: number[] = [];
          for (const q of qs) {
            const t = performance.now();
            const s = await pf.search(q);
            await Promise.all(s.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
            out.push(performance.now() - t);
          }
          return out;
        },
        { qs: queries[lang], others: await shardPaths(paths.searchBundle(lang)) },
      );
      latencies.push(...times);
      await context.close();
    }
    return { firstQueryBytes, latencyMs: { median: median(latencies), p95: percentile(latencies, 95), queries: latencies.length } };
  } finally {
    await browser.close();
    server.kill();
  }
}
