import { defineConfig } from 'vitest/config';
import { nodeWorkerPlugin } from '../../tests/support/node-worker-plugin.mjs';

// `npm run bench:ui`: the screens in Chromium through the web host on the federation file.
// Not part of `npm test` nor `npm run bench`. Through vitest only because it builds the
// federation file with the core (decorated TypeORM entities); the browser is playwright-core's.
export default defineConfig({
  plugins: [nodeWorkerPlugin()],
  test: {
    include: ['bench/ui-scale/**/*.ui.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 900_000,
    hookTimeout: 1_800_000,
    env: { TZ: 'Europe/Oslo' },
  },
});
