import { defineConfig } from 'vitest/config';
import { nodeWorkerPlugin } from './tests/support/node-worker-plugin.mjs';

// FORANKRING_TEST_DRIVER=postgres runs the core on PostgreSQL (tests/support/postgres.ts).
// Then the tests of SQLite's own file handling (backup and restore, damaged, read-only
// and busy files) do not apply; PostgreSQL's counterparts are in tests/core/postgres and
// tests/cli/server.test.ts. The per-migration upgrade fixtures (tests/core/migrations) run
// on both drivers; their SQLite-only cases skip themselves.
const SQLITE_FILE_TESTS = [
  'tests/core/backup/**',
  'tests/core/busy.test.ts',
  'tests/cli/backup-cli.test.ts',
  'tests/cli/two-writers.test.ts',
];

// Most files share their worker's module cache (isolate: false): evaluating the core's
// imports once per worker instead of once per file took the run from 125 s to 50 s on a
// sample of 27 files. These files need a fresh module cache: they load the built main
// bundle into a stubbed `electron`, or mock a module.
const ISOLATED = ['tests/bundle/**/*.test.ts', 'tests/host/cancel.test.ts'];

// Nor do the tests that never reach a database (report rendering, calendar arithmetic) or
// only open one to hand it a file the parse refuses (import-limits): the PostgreSQL pass
// would run the same code a second time.
const DRIVER_FREE_TESTS = [
  'tests/core/import-limits.test.ts',
  'tests/core/reports/csv.test.ts',
  'tests/core/reports/pdf.test.ts',
  'tests/core/reports/xlsx.test.ts',
  'tests/core/usage/months.test.ts',
  'tests/core/support/business-time.test.ts',
  'tests/core/ownership/person-match.test.ts',
];

const excluded = ['**/node_modules/**', ...(process.env.FORANKRING_TEST_DRIVER === 'postgres' ? [...SQLITE_FILE_TESTS, ...DRIVER_FREE_TESTS] : [])];

export default defineConfig({
  // `?nodeWorker` imports (the upload parse worker) as electron-vite builds them.
  plugins: [nodeWorkerPlugin()],
  test: {
    environment: 'node',
    // sqlite3 is a native addon; separate processes keep each worker's handles apart.
    pool: 'forks',
    // vitest's default is one worker fewer than the cores: one on these 2-core machines. Two
    // workers overlap one file's waits (PostgreSQL, Chromium, LibreOffice) with another's work:
    // 92 s against 52 s on a sample of 4 folders; the per-worker templates keep them apart.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: 'Europe/Oslo' },
    globalSetup: ['tests/support/global-setup.ts'],
    // Helpers register their cleanups with tests/support/cleanup.ts; this runs them after each test.
    setupFiles: ['tests/support/setup.ts'],
    projects: [
      { extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: [...excluded, ...ISOLATED], isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, exclude: excluded } },
    ],
  },
});
