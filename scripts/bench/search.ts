// Search as a reader meets it, in Chromium: bytes transferred by the first query, and latency over a battery.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { median, percentile } from './measure.ts';

export interface SearchFigures {
  firstQueryBytes: Record<string, number>;
  latencyMs: { median: number; p95: number; queries: number };
}

export async function measureSearch(projectRoot: string, dist: string, queries: Record<'en' | 'fr' | 'zh', string[]>): Promise<SearchFigures> {
  const port = 4510;
  const server = spawn(process.execPath, [join(projectRoot, 'scripts', 'serve.ts'), dist, String(port)], { cwd: '/' });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const firstQueryBytes: Record<string, number> = {};
    const latencies: number[] = [];
    for (const lang of ['en', 'fr', 'zh'] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Requests from Pagefind's web worker too: the context sees them, the page's own session does not.
      // Everything the search loads (Pagefind's JS, WASM, metadata, index chunks, filters and the
      // shown results' fragments), whenever it loads it; the page itself is counted under page weight.
      let bytes = 0;
      const pending: Promise<void>[] = [];
      context.on('requestfinished', (request) => {
        if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
        pending.push(request.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)));
      });
      await page.goto(`http://localhost:${port}/${lang}/search/`, { waitUntil: 'networkidle' });
      await page.locator('#search-input').fill(queries[lang][0]!);
      await page.locator('#search-input').press('Enter');
      await page.locator('#search-results li').first().waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await Promise.all(pending);
      firstQueryBytes[lang] = bytes;
      // The battery: each query's search and its first five results' data, timed in the page.
      const times = await page.evaluate(async (qs) => {
        const pf = await import(/* @vite-ignore */ `${document.documentElement.dataset['searchBundle']}pagefind.js`);
        const out: number[] = [];
        for (const q of qs) {
          const t = performance.now();
          const s = await pf.search(q);
          await Promise.all(s.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
          out.push(performance.now() - t);
        }
        return out;
      }, queries[lang]);
      latencies.push(...times);
      await context.close();
    }
    return { firstQueryBytes, latencyMs: { median: median(latencies), p95: percentile(latencies, 95), queries: latencies.length } };
  } finally {
    await browser.close();
    server.kill();
  }
}
