// On PostgreSQL each call is one SERIALIZABLE transaction instead of a turn in a
// global queue: calls from many users run side by side, and the database detects
// when two of them could not have run one after the other. Such a call is rolled
// back whole and run again, a bounded number of times; then it fails with
// WRITE_CONFLICT, and nothing of it is written.
//
// The handlers are the same as on SQLite: they use ds.manager, ds.query and
// ds.transaction. While a call runs, every query runner the driver hands out
// within that call (found through AsyncLocalStorage) is the call's own runner, so
// all of it lands in the one transaction, and an inner ds.transaction becomes a
// savepoint. Work outside a call (nothing today) gets a pooled runner as usual.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, QueryRunner } from 'typeorm';
import { AppError } from '../errors';
import type { Serial } from '../serial';

/** Attempts per call before WRITE_CONFLICT: enough for a burst of writers on one unit. */
export const MAX_ATTEMPTS = 6;

// serialization_failure and deadlock_detected: the call did nothing wrong; running it again succeeds.
const RETRYABLE = new Set(['40001', '40P01']);

export function isRetryable(err: unknown): boolean {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

type Driver = { createQueryRunner: (mode: 'master' | 'slave') => QueryRunner };

export function callTransactions(ds: DataSource, maxAttempts = MAX_ATTEMPTS): Serial {
  const current = new AsyncLocalStorage<QueryRunner>();
  const driver = ds.driver as unknown as Driver;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => current.getStore() ?? create(mode);

  const attempt = async <T>(work: () => Promise<T>): Promise<T> => {
    const runner = create('master');
    const release = runner.release.bind(runner);
    // The runner is shared by everything in the call; it goes back to the pool once, at the end.
    runner.release = async () => undefined;
    try {
      await runner.startTransaction('SERIALIZABLE');
      const result = await current.run(runner, work);
      await runner.commitTransaction();
      return result;
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      runner.release = release;
      await release();
    }
  };

  return async <T>(work: () => Promise<T>): Promise<T> => {
    // A job already inside a call's transaction stays in it.
    if (current.getStore()) return work();
    for (let n = 1; ; n += 1) {
      try {
        return await attempt(work);
      } catch (err) {
        if (!isRetryable(err)) throw err;
        if (n >= maxAttempts) throw new AppError('WRITE_CONFLICT', 'Another user changed the same data at the same time', { attempts: n });
        // Jittered and growing, so the writers that collided do not collide again in step.
        await sleep(Math.round(Math.random() * 5 * 2 ** n));
      }
    }
  };
}
