import { defineConfig, devices } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../scripts/free-port.ts';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Debian's Chromium (package `chromium`); Playwright's own browser download cannot work here. */
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(`Chromium not found at ${executablePath}: apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH.`);
}

// Tests run against the built sites, as readers get them: say which build is missing instead of
// serving an empty folder.
for (const [folder, command] of [
  ['dist', 'npm run build'],
  ['dist-hostile', 'npm run build:hostile'],
] as const) {
  if (!existsSync(`${ROOT}${folder}/index.html`)) throw new Error(`${folder}/ has no build: run \`${command}\` before the end-to-end tests.`);
}

// Playwright loads this file again in each worker: the ports are chosen once, in the runner, and
// reach the workers through the environment they inherit.
process.env['DOSSIER_E2E_PORT'] ??= String(await freePort());
process.env['DOSSIER_E2E_HOSTILE_PORT'] ??= String(await freePort());
// The entity pages are visited once per run (e2e/entity-pages.ts), and what the visits find is kept in
// a folder of this run's own: a test never reads what another run, perhaps of another build, left.
process.env['DOSSIER_E2E_ENTITY_VISITS'] ??= mkdtempSync(join(tmpdir(), 'dossier-entity-pages-'));
const PORT = Number(process.env['DOSSIER_E2E_PORT']);
const HOSTILE_PORT = Number(process.env['DOSSIER_E2E_HOSTILE_PORT']);

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // Visits every entity page once for the desktop tests: reads it and sweeps it with axe (e2e/entity-pages.ts).
    { name: 'entity-pages', use: { ...devices['Desktop Chrome'], channel: undefined }, testMatch: /entity-pages\.setup\.ts/ },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      grepInvert: /@phone/,
      testIgnore: /hostile/,
      dependencies: ['entity-pages'],
    },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, grep: /@phone/, testIgnore: /hostile/ },
    // The test-only site built from e2e/fixtures/hostile (`npm run build:hostile`).
    { name: 'hostile', use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://localhost:${HOSTILE_PORT}` }, testMatch: /hostile/ },
  ],
  // Each site is served by scripts/serve.ts on its own free port; an absolute URL in a page still
  // names SITE_URL (see e2e/site.ts for how tests reach it).
  webServer: [
    { command: `node scripts/serve.ts dist ${PORT}`, url: `http://localhost:${PORT}/en/`, reuseExistingServer: false, cwd: ROOT, timeout: 60_000 },
    {
      command: `node scripts/serve.ts dist-hostile ${HOSTILE_PORT}`,
      url: `http://localhost:${HOSTILE_PORT}/en/`,
      reuseExistingServer: false,
      cwd: ROOT,
      timeout: 60_000,
    },
  ],
});
