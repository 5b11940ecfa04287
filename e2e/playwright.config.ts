import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium (package `chromium`); Playwright's own browser download cannot work here. */
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const PORT = 4321;

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
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, grepInvert: /@phone/ },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, grep: /@phone/ },
  ],
  // Tests run against the built site, as readers get it (run `npm run build` first).
  webServer: {
    command: `npm run preview`,
    url: `http://localhost:${PORT}/en/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
