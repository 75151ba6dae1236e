// On PostgreSQL each call is one transaction instead of a turn in a global queue:
// - a call that only reads (READ_METHODS in the contract) is a REPEATABLE READ, READ ONLY
//   transaction: one consistent snapshot, run beside every other call, never blocked;
// - a call that may write is a READ COMMITTED transaction that first takes one
//   database-wide advisory lock, so writers take turns (as on SQLite, but across every
//   server process on the database) while readers go on. Every statement after the lock
//   sees everything committed before it, so the services' read-then-write rules (a person
//   already in the role, a second root unit) hold against any other writer.
// Why not SERIALIZABLE for writers: on the small tables of a real organization PostgreSQL's
// predicate locks cover whole tables, so two chapter leaders saving unrelated units
// conflict and retry; measured with two writers creating units, 4 of 86 calls still failed
// after six attempts. A deadlock or serialization failure that does happen (another program
// writing to the database) rolls the call back whole and runs it again, a bounded number of
// times; then it fails with WRITE_CONFLICT and nothing of it is written.
//
// The handlers are the same as on SQLite: they use ds.manager, ds.query and
// ds.transaction. While a call runs, every query runner the driver hands out within
// that call (found through AsyncLocalStorage) is the call's own, so all of it lands in
// the one transaction, and an inner ds.transaction becomes a savepoint.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, QueryRunner } from 'typeorm';
import { AppError } from '../errors';
import type { Serial, SerialMode } from '../serial';

/** Attempts per call before WRITE_CONFLICT. */
export const MAX_ATTEMPTS = 6;

/** The writers' advisory lock key: "forankri" as a 64-bit number, unlikely to meet another application's. */
export const WRITE_LOCK = '7308604754399752553';

// serialization_failure and deadlock_detected: the call did nothing wrong; running it again succeeds.
const RETRYABLE = new Set(['40001', '40P01']);

export function isRetryable(err: unknown): boolean {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/**
 * A handler may start several queries at once (Promise.all over parts of a report). On a
 * call's one connection they must go one after another: pg queues them today but deprecates
 * that. Queued here, in the order they were started.
 */
function queueQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let last: Promise<unknown> = Promise.resolve();
  (runner as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args) => {
    const next = last.then(() => query(...args));
    last = next.catch(() => undefined);
    return next;
  };
}

type Driver = { createQueryRunner: (mode: 'master' | 'slave') => QueryRunner };

export interface CallTransactions {
  serial: Serial;
  /**
   * Waits for the calls in flight, before the pool closes. TypeORM's closePool releases
   * every connected runner in a loop, and a call's runner does not let go before the call
   * ends, so closing under a call would spin that loop forever and starve the call it waits for.
   */
  settle(): Promise<void>;
}

export function callTransactions(ds: DataSource, maxAttempts = MAX_ATTEMPTS): CallTransactions {
  // A job started by a call (a report export) inherits the call's async context but outlives
  // its transaction: once the call is over, its runner is no longer handed out.
  const current = new AsyncLocalStorage<{ runner: QueryRunner; over: boolean }>();
  const held = (): QueryRunner | undefined => {
    const call = current.getStore();
    return call && !call.over ? call.runner : undefined;
  };
  const driver = ds.driver as unknown as Driver;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => held() ?? create(mode);

  const inFlight = new Set<Promise<unknown>>();
  // Once settled, a call that still starts (a job that ignored the shutdown) lets go when asked.
  let settled = false;

  const attempt = async <T>(work: () => Promise<T>, mode: SerialMode): Promise<T> => {
    const runner = create('master');
    queueQueries(runner);
    const release = runner.release.bind(runner);
    // The runner is shared by everything in the call; it goes back to the pool once, at the end.
    runner.release = async () => {
      if (settled) await release();
    };
    try {
      if (mode === 'read') {
        await runner.startTransaction('REPEATABLE READ');
        await runner.query('SET TRANSACTION READ ONLY');
      } else {
        await runner.startTransaction('READ COMMITTED');
        await runner.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
      }
      const call = { runner, over: false };
      try {
        const result = await current.run(call, work);
        await runner.commitTransaction();
        return result;
      } finally {
        call.over = true;
      }
    } catch (err) {
      if (runner.isTransactionActive && !runner.isReleased) await runner.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      runner.release = release;
      await release();
    }
  };

  const run = async <T>(work: () => Promise<T>, mode: SerialMode): Promise<T> => {
    for (let n = 1; ; n += 1) {
      try {
        return await attempt(work, mode);
      } catch (err) {
        if (!isRetryable(err)) throw err;
        if (n >= maxAttempts) throw new AppError('WRITE_CONFLICT', 'Another user changed the same data at the same time', { attempts: n });
        // Jittered and growing, so the calls that collided do not collide again in step.
        await sleep(Math.round(Math.random() * 5 * 2 ** n));
      }
    }
  };

  const serial: Serial = async <T>(work: () => Promise<T>, mode: SerialMode = 'write'): Promise<T> => {
    // A job already inside a call's transaction stays in it.
    if (held()) return work();
    const call = run(work, mode);
    inFlight.add(call);
    try {
      return await call;
    } finally {
      inFlight.delete(call);
    }
  };

  return {
    serial,
    settle: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      settled = true;
    },
  };
}
