// Each call as one transaction on a real PostgreSQL (src/core/db/call-transactions.ts):
// writers take turns behind one advisory lock, readers run beside them on a read-only
// snapshot, and a deadlock with another program is retried, then WRITE_CONFLICT.
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { callTransactions } from '../../../src/core/db/call-transactions';
import { openPostgres } from '../../../src/core/db/postgres';
import { AppError } from '../../../src/core/errors';
import { freshPostgresDatabase, PG_URL } from '../../support/postgres';

async function database(): Promise<{ ds: DataSource; url: string }> {
  const url = await freshPostgresDatabase();
  const ds = await openPostgres({ url, migrate: false });
  await ds.query('CREATE TABLE duty (id SERIAL PRIMARY KEY, who TEXT NOT NULL)');
  return { ds, url };
}

function gate(): { open: () => void; passed: Promise<void> } {
  let open: () => void = () => undefined;
  const passed = new Promise<void>((resolve) => { open = resolve; });
  return { open, passed };
}

describe.skipIf(!PG_URL)('a call as one transaction on PostgreSQL', () => {
  it('lets writers take turns, so a read-then-write rule holds for both', async () => {
    const { ds } = await database();
    const { serial } = callTransactions(ds);
    // "Add me if nobody is on duty", twice at once: only one may find the table empty.
    const call = (who: string) => serial(async () => {
      const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM duty');
      await new Promise((r) => setTimeout(r, 50));
      if (n === 0) await ds.query('INSERT INTO duty (who) VALUES (?)', [who]);
      await ds.manager.transaction(async (em) => em.query('SELECT 1'));
      return n as number;
    });
    expect((await Promise.all([call('a'), call('b')])).sort()).toEqual([0, 1]);
    expect(await ds.query('SELECT COUNT(*) AS n FROM duty')).toEqual([{ n: 1 }]);
    await ds.destroy();
  });

  it('answers a read while a writer holds the turn, and refuses a write in a read', async () => {
    const { ds } = await database();
    const { serial } = callTransactions(ds);
    const writing = gate();
    const order: string[] = [];
    const writer = serial(async () => {
      await ds.query('INSERT INTO duty (who) VALUES (?)', ['a']);
      await writing.passed;
      order.push('writer');
    });
    await new Promise((r) => setTimeout(r, 50));
    const second = serial(async () => { order.push('second writer'); });
    // The read sees the snapshot before the uncommitted insert, and does not wait for it.
    const seen = await serial(async () => ds.query('SELECT COUNT(*) AS n FROM duty'), 'read');
    order.push('reader');
    writing.open();
    await Promise.all([writer, second]);
    expect(seen).toEqual([{ n: 0 }]);
    expect(order).toEqual(['reader', 'writer', 'second writer']);
    await expect(serial(async () => ds.query('INSERT INTO duty (who) VALUES (?)', ['b']), 'read'))
      .rejects.toMatchObject({ driverError: { code: '25006' } });
    await ds.destroy();
  });

  async function deadlocked(maxAttempts: number) {
    const { ds, url } = await database();
    await ds.query(`INSERT INTO duty (who) VALUES ('one'), ('two')`);
    const { serial } = callTransactions(ds, maxAttempts);
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    // Another program locks row 2, then wants row 1 while the call holds 1 and wants 2.
    await other.query('BEGIN');
    await other.query(`UPDATE duty SET who = 'other' WHERE id = 2`);
    let runs = 0;
    const call = serial(async () => {
      runs += 1;
      await ds.query(`UPDATE duty SET who = 'call' WHERE id = 1`);
      if (runs === 1) setTimeout(() => void other.query(`UPDATE duty SET who = 'other' WHERE id = 1`).then(() => other.query('COMMIT'), () => other.query('ROLLBACK')), 100);
      await ds.query(`UPDATE duty SET who = 'call' WHERE id = 2`);
    });
    const outcome = await call.then(() => 'done', (err: unknown) => err);
    await new Promise((r) => setTimeout(r, 200));
    const rows: Array<{ id: number; who: string }> = await ds.query('SELECT id, who FROM duty ORDER BY id');
    await other.end();
    await ds.destroy();
    return { outcome, rows, runs };
  }

  it('runs a call again after a deadlock with another program', async () => {
    const { outcome, rows, runs } = await deadlocked(6);
    // PostgreSQL picks one side of the deadlock to fail; either way the call ends done.
    expect(outcome).toBe('done');
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(rows.filter((r) => r.who === 'call').length).toBeGreaterThanOrEqual(1);
  });

  it('fails with WRITE_CONFLICT when the attempts run out, writing nothing of the call', async () => {
    // With one attempt the call fails only if PostgreSQL chose it as the deadlock victim.
    for (let tries = 0; tries < 5; tries += 1) {
      const { outcome, rows } = await deadlocked(1);
      if (outcome === 'done') continue;
      expect(outcome).toBeInstanceOf(AppError);
      expect((outcome as AppError).code).toBe('WRITE_CONFLICT');
      expect(rows.map((r) => r.who)).toEqual(['other', 'other']);
      return;
    }
    throw new Error('PostgreSQL never chose the call as the deadlock victim');
  });
});
