// Damaged, newer and read-only files: refused for writing with their own
// error code, never reported as ready and never INTERNAL.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core';
import type { OrgStatus } from '../../../src/shared';
import { addFutureMigration, damageOnePage, demoFile, openAt } from './helpers';

describe('opening a damaged file', () => {
  it('reports it damaged after the quick check and refuses writes with DB_DAMAGED', async () => {
    const dbPath = await demoFile();
    const page = await damageOnePage(dbPath);
    const core = await openAt(dbPath);
    try {
      const status = await core.dispatch('app.status', {});
      expect(status).toMatchObject({ ok: true, value: { db: { mode: 'damaged' } } });
      const write = await core.dispatch('levels.create', { name: 'Grendelag' });
      expect(write).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } });
      // Through the dispatcher, as Settings asks: a read on a damaged file stays on the writer.
      const checked = await core.dispatch('db.check', {});
      if (!checked.ok) throw new Error(`db.check refused: ${checked.error.code}`);
      const check = checked.value as { ok: boolean; problems: string[] };
      expect(check.ok).toBe(false);
      expect(check.problems.length).toBeGreaterThan(0);
      console.log(`damaged file: page ${page} overwritten, status "${status.ok ? (status.value as OrgStatus).db.mode : '?'}", write refused with ${write.ok ? 'nothing' : write.error.code}, full check ${check.problems.length} problem(s)`);
    } finally {
      await core.close();
    }
  });

  it('reports a sound file ok and its full check clean', async () => {
    const core = await openAt(await demoFile());
    try {
      expect(await core.dispatch('app.status', {})).toMatchObject({ ok: true, value: { db: { mode: 'ok' } } });
      expect(await core.dispatch('db.check', {})).toEqual({ ok: true, value: { ok: true, problems: [] } });
    } finally {
      await core.close();
    }
  });
});

describe('opening a file from a newer version', () => {
  it('is refused with SCHEMA_NEWER naming the unknown migration, and nothing is written', async () => {
    const dbPath = await demoFile();
    await addFutureMigration(dbPath);
    const opened = openAt(dbPath);
    await expect(opened).rejects.toBeInstanceOf(AppError);
    await expect(opened).rejects.toMatchObject({ code: 'SCHEMA_NEWER', details: { migration: 'Future1799999999999' } });
  });
});

describe('opening read-only', () => {
  it('reads and exports, and refuses writes with READ_ONLY', async () => {
    const dbPath = await demoFile();
    const core = await openAt(dbPath, { readOnly: true });
    try {
      expect(await core.dispatch('app.status', {})).toMatchObject({ ok: true, value: { unitCount: 373, db: { mode: 'readOnly', reason: 'option' } } });
      const exported = await core.dispatch('units.export', { format: 'csv' });
      expect(exported.ok).toBe(true);
      const write = await core.dispatch('levels.create', { name: 'Grendelag' });
      expect(write).toMatchObject({ ok: false, error: { code: 'READ_ONLY', details: { reason: 'option' } } });
      expect(await core.dispatch('demo.load', {})).toMatchObject({ ok: false });
    } finally {
      await core.close();
    }
  });
});
