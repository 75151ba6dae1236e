// A call its caller no longer wants: a read still waiting for its turn is dropped, so a
// stale read does not hold up the calls queued behind it; a write once sent is carried out.
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../support/db';
import { READERS } from '../../src/core/db/read-connections';

const onSqlite = process.env.FORANKRING_TEST_DRIVER !== 'postgres';

/** Holds every one of SQLite's readers until released, as long reads in front would. */
function holdReaders(core: Awaited<ReturnType<typeof openTestCore>>) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held = Promise.all(Array.from({ length: READERS }, () => core.ctx.serial(() => gate, 'read')));
  return { release, held };
}

describe('cancelling a call', () => {
  it('answers CANCELLED without running a read whose signal is already aborted', async () => {
    const core = await openTestCore();
    const signal = AbortSignal.abort();
    const answer = await core.dispatch('units.tree', {}, undefined, signal);
    expect(answer).toMatchObject({ ok: false, error: { code: 'CANCELLED', details: { method: 'units.tree' } } });
  });

  it.runIf(onSqlite)('drops a queued read aborted before its turn, and runs the calls around it', async () => {
    const core = await openTestCore();
    const level = await core.call('levels.create', { name: 'Landsforbund' });
    const readers = holdReaders(core);
    const wanted = new AbortController();
    const stale = core.dispatch('units.tree', {}, undefined, wanted.signal);
    const write = core.dispatch('units.create', { code: '00', name: 'Landsforbundet', levelId: level.id, parentId: null }, undefined, wanted.signal);
    const next = core.dispatch('units.tree', {});
    // Writes do not wait for readers: the write lands while every reader is taken.
    expect(await write).toMatchObject({ ok: true, value: { code: '00' } });
    wanted.abort();
    readers.release();
    await readers.held;
    expect(await stale).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    // The read queued behind the stale one runs, after the write's commit, and sees it.
    expect(await next).toMatchObject({ ok: true, value: [{ code: '00' }] });
  });
});
