import { defineConfig } from '@playwright/test';

// FORANKRING_E2E_PG_URL runs flows against the team server on PostgreSQL (e2e/fixtures.ts).
// The renderer is the same on both; the core's tests run on PostgreSQL in full (npm run
// test:pg). So this run takes the flows only a team server has (accounts, three users) and
// those whose writes or files lean most on the database: imports, bulk changes, cases,
// reports and the audit trail. FORANKRING_E2E_PG_ALL=1 runs every flow there.
const onPostgres = Boolean(process.env.FORANKRING_E2E_PG_URL);
const TEAM_SERVER_FLOWS = ['accounts', 'team-support', 'audit', 'people', 'import', 'reports', 'rollout-bulk', 'support-cases', 'language'];
const pgMatch = process.env.FORANKRING_E2E_PG_ALL ? '**/*.e2e.ts' : TEAM_SERVER_FLOWS.map((f) => `**/${f}.e2e.ts`);

export default defineConfig({
  testDir: 'e2e',
  testMatch: onPostgres ? pgMatch : '**/*.e2e.ts',
  testIgnore: onPostgres ? ['**/backup.e2e.ts'] : [],
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Each test has its own host, file and browser context, so files run side by side. Two
  // workers on two cores: most of a flow's time is spent waiting for a render or a call.
  workers: Number(process.env.FORANKRING_E2E_WORKERS ?? 2),
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
