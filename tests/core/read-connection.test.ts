// SQLite's read calls run on readers of their own beside the one writer (db/read-connections.ts):
// a short read answers while a long one runs, a write lands beside a read, and the file's
// own work (restore, the checkpoint after an erasure) waits for the reads and holds new ones.
// The order in which things finish is asserted, never their times.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore, tempDir, type TestCore } from '../support/db';

const onSqlite = process.env.FORANKRING_TEST_DRIVER !== 'postgres';

// Counts to three million in SQL (a second or two): long enough that a short read finishes first.
const SLOW = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000) SELECT COUNT(*) AS n FROM c';

/** Records the order in which the named promises settle. */
function finishOrder() {
  const order: string[] = [];
  const track = <T>(name: string, p: Promise<T>): Promise<T> => p.finally(() => order.push(name));
  return { order, track };
}

/** A read turn that has taken its snapshot and waits, holding its reader, until let go (or 20 s, should a test fail first). */
function heldRead(core: TestCore) {
  let letGo: () => void = () => undefined;
  let started: () => void = () => undefined;
  const go = new Promise<void>((resolve) => {
    letGo = resolve;
    setTimeout(resolve, 20_000).unref();
  });
  const isIn = new Promise<void>((resolve) => {
    started = resolve;
  });
  const done = core.ctx.serial(async () => {
    const before = (await core.ctx.ds.query('SELECT COUNT(*) AS n FROM level')) as Array<{ n: number }>;
    started();
    await go;
    const after = (await core.ctx.ds.query('SELECT COUNT(*) AS n FROM level')) as Array<{ n: number }>;
    return { before: before[0]?.n, after: after[0]?.n };
  }, 'read');
  return { letGo, isIn, done };
}

describe.runIf(onSqlite)('reads on their own connections (SQLite)', () => {
  it('answers a short read while a long read runs, each on a reader that refuses writes', async () => {
    const core = await openTestCore();
    await core.call('levels.create', { name: 'Landsforbund' });
    const { order, track } = finishOrder();
    const long = track('long', core.ctx.serial(() => core.ctx.ds.query(SLOW), 'read'));
    // Let the long read reach SQLite before the short one is asked for.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const short = track('short', core.dispatch('levels.list', {}));
    expect(await short).toMatchObject({ ok: true, value: [{ name: 'Landsforbund' }] });
    expect(order).toEqual(['short']);
    expect(await long).toEqual([{ n: 3_000_000 }]);
    expect(order).toEqual(['short', 'long']);
    // A read turn is on a reader (query_only); a write turn, and a read inside it, on the writer.
    expect(await core.ctx.serial(() => core.ctx.ds.query('PRAGMA query_only'), 'read')).toEqual([{ query_only: 1 }]);
    const inWrite = await core.ctx.serial(() => core.ctx.serial(() => core.ctx.ds.query('PRAGMA query_only'), 'read'));
    expect(inWrite).toEqual([{ query_only: 0 }]);
  }, 60_000);

  it('lands a write while a read holds its snapshot; the read sees one moment, the next read the write', async () => {
    const core = await openTestCore();
    await core.call('levels.create', { name: 'Landsforbund' });
    const read = heldRead(core);
    await read.isIn;
    // The write does not wait for the read.
    expect(await core.raw('levels.create', { name: 'Region' })).toMatchObject({ ok: true });
    read.letGo();
    expect(await read.done).toEqual({ before: 1, after: 1 });
    expect((await core.call('levels.list')).map((l) => l.name)).toEqual(['Landsforbund', 'Region']);
  });

  it('lets a read in flight finish before a restore swaps the file, and reads the restored file after', async () => {
    const core = await openTestCore();
    await core.call('levels.create', { name: 'Landsforbund' });
    const backup = join(tempDir(), 'before.sqlite');
    await core.backupTo(backup);
    await core.call('levels.create', { name: 'Etter kopien' });
    const { order, track } = finishOrder();
    const read = heldRead(core);
    await read.isIn;
    const restore = track('restore', core.restoreFrom(backup));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Asked while the restore waits: answered from one file or the other, never from a closed reader.
    const during = core.raw('levels.list', {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The restore waits for the read in flight.
    expect(order).toEqual([]);
    read.letGo();
    expect(await track('read in flight', read.done)).toEqual({ before: 2, after: 2 });
    await restore;
    expect(order).toEqual(['read in flight', 'restore']);
    const answer = await during;
    expect(answer.ok && answer.value.map((l) => l.name).join()).toMatch(/^Landsforbund(,Etter kopien)?$/);
    expect((await core.call('levels.list')).map((l) => l.name)).toEqual(['Landsforbund']);
  });

  it('empties the -wal file after an erasure even while a read held its snapshot in it', async () => {
    const core = await openTestCore();
    const person = await core.call('people.create', { name: 'Kari Slettes', email: 'kari@example.org' });
    const read = heldRead(core);
    await read.isIn;
    const { order, track } = finishOrder();
    const erase = track('erase', core.dispatch('people.erase', { id: person.id }));
    // Longer than busy_timeout (5 s), after which SQLite's checkpoint alone gives up on a reader and leaves the -wal as it is.
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    read.letGo();
    await track('read', read.done);
    expect(await erase).toMatchObject({ ok: true });
    expect(order).toEqual(['read', 'erase']);
    expect(statSync(`${core.ctx.dbPath}-wal`).size).toBe(0);
  }, 30_000);
});
