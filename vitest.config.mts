import { defineConfig } from 'vitest/config';

export default defineConfig({
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
