import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../src/shared/contract';
import { ERROR_CODES } from '../src/shared/errors';
import { createHandlers } from '../src/core/handlers';
import { openTestCore } from './support/db';

describe('contract', () => {
  it('has an implementation for every method, and no handler outside it', async () => {
    const core = await openTestCore();
    const handlers = createHandlers(core.ctx);
    const implemented = Object.keys(handlers).sort();
    expect(implemented).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof handlers[name]).toBe('function');
  });

  it('declares only known error codes, each translated in both languages', async () => {
    const { resources } = await import('../src/shared/i18n');
    for (const name of METHOD_NAMES) {
      for (const code of contract[name].errors) expect(ERROR_CODES).toContain(code);
    }
    for (const code of ERROR_CODES) {
      expect(resources.nb.errors.code).toHaveProperty(code);
      expect(resources.en.errors.code).toHaveProperty(code);
    }
  });
});
