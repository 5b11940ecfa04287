import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium (package `chromium`); Playwright's own browser download cannot work here. */
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const PORT = 4321;
const HOSTILE_PORT = 4322;

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
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, grepInvert: /@phone/, testIgnore: /hostile/ },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, grep: /@phone/, testIgnore: /hostile/ },
    // The test-only site built from e2e/fixtures/hostile (`npm run build:hostile`).
    { name: 'hostile', use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://localhost:${HOSTILE_PORT}` }, testMatch: /hostile/ },
  ],
  // Tests run against the built sites, as readers get them (run `npm run build` and `npm run build:hostile` first).
  webServer: [
    { command: 'npm run preview', url: `http://localhost:${PORT}/en/`, reuseExistingServer: !process.env['CI'], timeout: 60_000 },
    { command: 'npm run preview:hostile', url: `http://localhost:${HOSTILE_PORT}/en/`, reuseExistingServer: !process.env['CI'], timeout: 60_000 },
  ],
});
