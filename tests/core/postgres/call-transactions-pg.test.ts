// Each call as one SERIALIZABLE transaction (src/core/db/call-transactions.ts), on a
// real server: two calls that each read what the other writes (write skew) cannot
// both commit. The loser is rolled back whole and run again; when it runs out of
// attempts it fails with WRITE_CONFLICT and leaves nothing behind.
import { describe, expect, it } from 'vitest';
import { callTransactions } from '../../../src/core/db/call-transactions';
import { openPostgres } from '../../../src/core/db/postgres';
import { AppError } from '../../../src/core/errors';
import { freshPostgresDatabase, PG_URL } from '../../support/postgres';

async function skewed(maxAttempts: number) {
  const ds = await openPostgres({ url: await freshPostgresDatabase(), migrate: false });
  await ds.query('CREATE TABLE duty (id SERIAL PRIMARY KEY, who TEXT NOT NULL)');
  const serial = callTransactions(ds, maxAttempts);
  let arrived = 0;
  let release: () => void = () => undefined;
  const bothRead = new Promise<void>((resolve) => { release = resolve; });
  let runs = 0;
  // "Add me if nobody is on duty": both read an empty table, then both write.
  const call = (who: string) => serial(async () => {
    runs += 1;
    const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM duty');
    arrived += 1;
    if (arrived === 2) release();
    await Promise.race([bothRead, new Promise((r) => setTimeout(r, 200))]);
    if (n === 0) await ds.query('INSERT INTO duty (who) VALUES (?)', [who]);
    await ds.manager.transaction(async (em) => em.query('SELECT 1'));
    return who;
  });
  const results = await Promise.allSettled([call('a'), call('b')]);
  const rows: Array<{ who: string }> = await ds.query('SELECT who FROM duty ORDER BY id');
  await ds.destroy();
  return { results, rows, runs };
}

describe.skipIf(!PG_URL)('a call as one serializable transaction', () => {
  it('runs the loser of a write skew again, so exactly one writes', async () => {
    const { results, rows, runs } = await skewed(6);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(rows).toHaveLength(1);
    expect(runs).toBe(3);
  });

  it('fails with WRITE_CONFLICT when the attempts run out, and writes nothing of that call', async () => {
    const { results, rows } = await skewed(1);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.reason).toBeInstanceOf(AppError);
    expect((failed[0]?.reason as AppError).code).toBe('WRITE_CONFLICT');
    expect(rows).toHaveLength(1);
  });
});
