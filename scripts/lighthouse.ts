// Lighthouse on an article, an entity and the search page of the built site, in Debian's Chromium:
// `npm run lighthouse` (after `npm run build`). Prints the four scores per page; a measurement, not a test.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PAGES = ['/en/articles/anthropics-claude-becomes-engineering-infrastructure/', '/fr/entities/anthropic/', '/zh/search/'];
const port = 4520;
const server = spawn(process.execPath, [join(process.cwd(), 'scripts', 'serve.ts'), 'dist', String(port)]);
await new Promise((resolve) => server.stdout.once('data', resolve));
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const path of PAGES) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const result = await lighthouse(
        `http://localhost:${port}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        {
          extends: 'lighthouse:default',
          settings:
            formFactor === 'desktop'
              ? {
                  formFactor,
                  screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
                  throttlingMethod: 'simulate',
                }
              : { formFactor },
        },
      );
      const categories = result!.lhr.categories;
      const score = (k: string) => Math.round((categories[k]?.score ?? 0) * 100);
      const failing = Object.values(result!.lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => a.id);
      console.log(
        `${path} (${formFactor}): performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}${failing.length ? `; below 1: ${failing.join(', ')}` : ''}`,
      );
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
