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

export default defineConfig({
  // `?nodeWorker` imports (the upload parse worker) as electron-vite builds them.
  plugins: [nodeWorkerPlugin()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(process.env.FORANKRING_TEST_DRIVER === 'postgres' ? SQLITE_FILE_TESTS : [])],
    environment: 'node',
    // sqlite3 is a native addon; separate processes keep each test file's handles apart.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: 'Europe/Oslo' },
  },
});
