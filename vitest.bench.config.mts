import { defineConfig } from 'vitest/config';
import { nodeWorkerPlugin } from './tests/support/node-worker-plugin.mjs';

// `npm run bench`: performance against raw SQL. Not part of `npm test`. It runs
// through vitest only because vitest transforms the decorated TypeORM entities.
export default defineConfig({
  // `?nodeWorker` imports (the upload parse worker) as electron-vite builds them.
  plugins: [nodeWorkerPlugin()],
  test: {
    include: ['bench/**/*.bench.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One file at a time, so measurements on this 2-core machine do not compete.
    fileParallelism: false,
    maxWorkers: 1,
    // Lets the harness collect garbage between samples, so one side does not pay for the other's garbage.
    execArgv: ['--expose-gc'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    env: { TZ: 'Europe/Oslo' },
    // Each file has its own module cache here; the setup file runs the helpers' cleanups (tests/support/cleanup.ts).
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/setup.ts'],
  },
});
