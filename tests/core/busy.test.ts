import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/core';
import { openDatabase } from '../../src/core/db/data-source';
import { RESOURCES_DIR, tempDir } from '../support/db';

function exec(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
}

describe('a second writer on the same file', () => {
  it('opens with synchronous = FULL and write transactions that take the lock at BEGIN', async () => {
    const path = `${tempDir()}/a.sqlite`;
    const ds = await openDatabase({ path });
    try {
      expect(await ds.query('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]);
      // A transaction that has only read so far already holds the write lock, so another writer must wait.
      const other = new sqlite3.Database(path);
      try {
        const attempt = await ds.transaction(async (m) => {
          await m.query('SELECT 1');
          return exec(other, 'BEGIN IMMEDIATE').then(() => 'got the lock', (err: Error) => err.message);
        });
        expect(attempt).toMatch(/SQLITE_BUSY/);
      } finally {
        await new Promise((r) => other.close(r));
      }
    } finally {
      await ds.destroy();
    }
  });

  it('answers a translated BUSY when the wait runs out, with the raw SQLite text only in the log', async () => {
    const dbPath = `${tempDir()}/b.sqlite`;
    const logged: unknown[] = [];
    const core = await openCore({ dbPath, resourcesDir: RESOURCES_DIR, onInternalError: (_m, err) => logged.push(err) });
    const other = new sqlite3.Database(dbPath);
    try {
      await exec(other, 'BEGIN IMMEDIATE');
      const started = Date.now();
      const res = await core.dispatch('levels.create', { name: 'Lokallag' });
      console.log(`busy: the write waited ${Date.now() - started} ms, then answered ${res.ok ? 'ok' : res.error.code}`);
      expect(res).toEqual({ ok: false, error: { code: 'BUSY', message: 'Another program is writing to this database', details: { method: 'levels.create' } } });
      expect(String(logged[0])).toMatch(/SQLITE_BUSY/);
      await exec(other, 'ROLLBACK');
      expect((await core.dispatch('levels.create', { name: 'Lokallag' })).ok).toBe(true);
    } finally {
      await new Promise((r) => other.close(r));
      await core.close();
    }
  }, 20_000);
});
