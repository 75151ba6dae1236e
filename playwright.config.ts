import { defineConfig } from '@playwright/test';

// FORANKRING_E2E_PG_URL runs the flows against the team server on PostgreSQL (e2e/fixtures.ts).
// The backup and restore flows are about the SQLite file and stay out of that run.
const onPostgres = Boolean(process.env.FORANKRING_E2E_PG_URL);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  testIgnore: onPostgres ? ['**/backup.e2e.ts'] : [],
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two cores: one browser at a time keeps timings sane and avoids flakiness.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    browserName: 'chromium',
    // Playwright's own browser download is impossible here; Debian's Chromium is used everywhere.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1280, height: 860 },
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
});
