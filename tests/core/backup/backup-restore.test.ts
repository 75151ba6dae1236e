// Backups that restore: a copy taken while the app writes holds every row,
// including those still in the WAL; restore checks the file first, keeps the
// current one, and is all or nothing.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupList, Level } from '../../../src/shared';
import { tempDir } from '../../support/db';
import { addFutureMigration, damageOnePage, demoFile, openAt, runSql } from './helpers';

async function levelCount(path: string): Promise<number> {
  return ((await runSql(path, 'SELECT COUNT(*) AS n FROM level')) as Array<{ n: number }>)[0]?.n ?? 0;
}

describe('backup', () => {
  it('holds every fresh write still in the WAL, where a plain copy of the file misses them', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'live.sqlite');
    const core = await openAt(dbPath);
    try {
      // The schema into the main file, so only the 200 writes below sit in the WAL.
      await core.ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
      const before = await levelCount(dbPath);
      for (let i = 0; i < 200; i++) {
        const made = await core.dispatch('levels.create', { name: `Nivå ${i}` });
        expect(made.ok).toBe(true);
      }
      mkdirSync(join(dir, 'plain'));
      copyFileSync(dbPath, join(dir, 'plain', 'copy.sqlite'));
      const backup = await core.backupTo(join(dir, 'backup.sqlite'));
      expect(backup.bytes).toBeGreaterThan(0);
      const inBackup = (await levelCount(backup.path)) - before;
      const inPlainCopy = (await levelCount(join(dir, 'plain', 'copy.sqlite'))) - before;
      expect(inBackup).toBe(200);
      expect(inPlainCopy).toBeLessThan(200);
      console.log(`backup while running: 200 fresh writes, backup has ${inBackup} (0 missing), a plain file copy has ${inPlainCopy} (${200 - inPlainCopy} missing)`);
    } finally {
      await core.close();
    }
  });
});

describe('restore', () => {
  it('brings back the backup, keeps the replaced file with its WAL rows, and the app writes on', async () => {
    const dbPath = await demoFile();
    const core = await openAt(dbPath, { now: () => new Date('2026-12-02T10:00:00Z') });
    try {
      const made = await core.dispatch('backup.create', {});
      expect(made).toMatchObject({ ok: true, value: { fileName: 'forankring-2026-12-02-110000.sqlite', kind: 'manual' } });
      expect(await core.dispatch('levels.create', { name: 'Etter kopien' })).toMatchObject({ ok: true });

      const restored = await core.dispatch('backup.restore', { fileName: 'forankring-2026-12-02-110000.sqlite' });
      expect(restored).toMatchObject({ ok: true, value: { keptAs: 'forankring-before-restore-2026-12-02-110000.sqlite' } });
      const levels = await core.dispatch('levels.list', {});
      expect(levels.ok && (levels.value as Level[]).map((l) => l.name)).not.toContain('Etter kopien');
      // The file the restore replaced is kept, with the row written after the backup.
      const kept = join(core.ctx.files.folder, 'forankring-before-restore-2026-12-02-110000.sqlite');
      expect(await runSql(kept, `SELECT name FROM level WHERE name = 'Etter kopien'`)).toHaveLength(1);
      // The reopened core takes writes, on the restored file.
      expect(await core.dispatch('levels.create', { name: 'Etter gjenoppretting' })).toMatchObject({ ok: true });
      const list = await core.dispatch('backup.list', {});
      expect(list.ok && (list.value as BackupList).files.map((f) => f.kind).sort()).toEqual(['beforeRestore', 'manual']);
    } finally {
      await core.close();
    }
    expect(await runSql(dbPath, `SELECT name FROM level WHERE name LIKE 'Etter%'`)).toEqual([{ name: 'Etter gjenoppretting' }]);
  });

  it('refuses a file that is not a database, not Forankring\'s, damaged or newer, and changes nothing', async () => {
    const dbPath = await demoFile();
    const dir = tempDir();
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'just some text\n');
    const empty = join(dir, 'empty.sqlite');
    await runSql(empty, 'CREATE TABLE other (id INTEGER)');
    const damaged = await demoFile('damaged.sqlite');
    await damageOnePage(damaged);
    const newer = await demoFile('newer.sqlite');
    await addFutureMigration(newer);

    const core = await openAt(dbPath);
    try {
      await core.dispatch('levels.create', { name: 'Må bli' });
      const outcomes: string[] = [];
      for (const [file, expected] of [[text, 'notSqlite'], [empty, 'notForankring'], [damaged, 'damaged'], [join(dir, 'missing.sqlite'), 'unreadable']] as const) {
        const refused = core.restoreFrom(file);
        await expect(refused).rejects.toMatchObject({ code: 'BACKUP_INVALID', details: { reason: expected } });
        outcomes.push(expected);
      }
      await expect(core.restoreFrom(newer)).rejects.toMatchObject({ code: 'SCHEMA_NEWER', details: { migration: 'Future1799999999999' } });
      outcomes.push('newer');
      const levels = await core.dispatch('levels.list', {});
      expect(levels.ok && (levels.value as Level[]).map((l) => l.name)).toContain('Må bli');
      expect(existsSync(`${dbPath}.restoring`)).toBe(false);
      expect(await core.dispatch('backup.restore', { fileName: 'forankring-2026-01-01-000000.sqlite' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      console.log(`restore refusals: ${outcomes.length} bad files (${outcomes.join(', ')}) refused, 0 changes to the open database`);
    } finally {
      await core.close();
    }
  });

  it('restores over a damaged database, which then takes writes again', async () => {
    const good = await demoFile('good.sqlite');
    const dbPath = await demoFile();
    await damageOnePage(dbPath);
    const core = await openAt(dbPath);
    try {
      expect(core.ctx.db.mode).toBe('damaged');
      await core.restoreFrom(good);
      expect(await core.dispatch('app.status', {})).toMatchObject({ ok: true, value: { db: { mode: 'ok' }, unitCount: 373 } });
      expect(await core.dispatch('levels.create', { name: 'Grendelag' })).toMatchObject({ ok: true });
    } finally {
      await core.close();
    }
  });
});
