import { defineConfig } from 'vitest/config';
import { nodeWorkerPlugin } from './tests/support/node-worker-plugin.mjs';

export default defineConfig({
  // `?nodeWorker` imports (the upload parse worker) as electron-vite builds them.
  plugins: [nodeWorkerPlugin()],
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // sqlite3 is a native addon; separate processes keep each test file's handles apart.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: 'Europe/Oslo' },
  },
});
