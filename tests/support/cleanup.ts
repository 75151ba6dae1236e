// Test files share a worker's module cache (isolate: false in vitest.config.mts), so a
// helper module is evaluated once per worker: a hook it registered at its top level would
// belong to the first test file only. Helpers push their cleanups here instead, and
// tests/support/setup.ts (a setupFile, run for every test file) drains the stack.

type Cleanup = () => Promise<void> | void;
const afterTest: Cleanup[] = [];

/** Runs after the current test, last registered first (a host closes before its folder goes). */
export function afterThisTest(fn: Cleanup): void {
  afterTest.push(fn);
}

export async function runTestCleanups(): Promise<void> {
  const errors: unknown[] = [];
  for (let fn = afterTest.pop(); fn; fn = afterTest.pop()) {
    try {
      await fn();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw errors[0];
}
