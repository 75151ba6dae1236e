// forankring backup, restore and check, in-process, against a database the
// "app" (a second core) holds open with fresh rows in its WAL.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/core';
import { RESOURCES_DIR } from '../support/db';
import { addFutureMigration, damageOnePage, runSql } from '../core/backup/helpers';
import { cli, contents, workspace } from './helpers';

async function levelNames(path: string): Promise<string[]> {
  return ((await runSql(path, 'SELECT name FROM level ORDER BY id')) as Array<{ name: string }>).map((r) => r.name);
}

describe('forankring backup', () => {
  it('copies every row the running app wrote, including those still in its WAL', async () => {
    const { dir, db } = workspace();
    const app = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
    try {
      await app.ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
      for (let i = 0; i < 200; i++) expect((await app.dispatch('levels.create', { name: `Nivå ${i}` })).ok).toBe(true);
      const run = await cli(['--db', db, 'backup', '--out', 'copy.sqlite'], { cwd: dir });
      expect(run.stderr).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.stdout[0]).toMatch(new RegExp(`^Sikkerhetskopien er skrevet til ${join(dir, 'copy.sqlite')} \\(\\d+ kB\\)\\.$`));
      const copied = (await levelNames(join(dir, 'copy.sqlite'))).filter((n) => n.startsWith('Nivå '));
      expect(copied).toHaveLength(200);
      console.log(`cli backup beside the running app: 200 fresh writes in the app's WAL, ${copied.length} in the backup, ${200 - copied.length} missing`);
    } finally {
      await app.close();
    }
  });

  it('needs --out, and refuses the report options', async () => {
    expect(await cli(['backup'])).toMatchObject({ code: 2, stderr: expect.arrayContaining(['Kommandoen trenger valget --out.']) as unknown });
    expect(await cli(['backup', '--out', 'x.sqlite', '--kind', 'national'])).toMatchObject({ code: 2 });
  });
});

describe('forankring restore', () => {
  it('restores a backup and keeps the replaced database', async () => {
    const { dir, db } = workspace();
    expect((await cli(['--db', db, 'demo'], { cwd: dir })).code).toBe(0);
    expect((await cli(['--db', db, 'backup', '--out', 'before.sqlite'], { cwd: dir })).code).toBe(0);
    const app = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
    await app.dispatch('levels.create', { name: 'Senere' });
    await app.close();

    const run = await cli(['--db', db, '--lang', 'en', 'restore', 'before.sqlite'], { cwd: dir });
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toMatch(/^Restored .*org\.sqlite from before\.sqlite\. The previous database is kept as backups\/forankring-before-restore-[\d-]+\.sqlite\.$/);
    expect((await contents(db)).levels.map((l) => l.name)).not.toContain('Senere');
  });

  it('refuses a text file and a newer database in words, and changes nothing', async () => {
    const { dir, db } = workspace();
    expect((await cli(['--db', db, 'demo'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    const text = await cli(['--db', db, 'restore', 'notes.txt'], { cwd: dir });
    expect(text).toMatchObject({ code: 1, stderr: ['notes.txt kan ikke gjenopprettes: det er ikke en SQLite-database.'] });

    expect((await cli(['--db', join(dir, 'newer.sqlite'), 'init'], { cwd: dir })).code).toBe(0);
    await addFutureMigration(join(dir, 'newer.sqlite'));
    const newer = await cli(['--db', db, '--lang', 'en', 'restore', 'newer.sqlite'], { cwd: dir });
    expect(newer.code).toBe(1);
    expect(newer.stderr[0]).toContain('was made by a newer version of Forankring (it knows the change Future1799999999999)');
    expect((await contents(db)).units).toHaveLength(373);
  });
});

describe('forankring check and damaged or newer files', () => {
  it('finds the damage, refuses writes and init, and offers to restore', async () => {
    const { dir, db } = workspace();
    expect((await cli(['--db', db, 'demo'], { cwd: dir })).code).toBe(0);
    expect(await cli(['--db', db, 'check'], { cwd: dir })).toMatchObject({ code: 0, stdout: [`Databasen ${db} er kontrollert: ingen feil.`] });
    await damageOnePage(db);
    const check = await cli(['--db', db, 'check'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stderr[0]).toMatch(/^Databasen .* er skadet \(\d+ feil\):$/);
    expect(check.stderr.at(-1)).toBe('Gjenopprett en sikkerhetskopi med «forankring restore FIL».');
    const init = await cli(['--db', db, 'init'], { cwd: dir });
    expect(init.code).toBe(1);
    expect(init.stdout).toEqual([]);
    expect(init.stderr[0]).toContain('Databasefilen er skadet');
    writeFileSync(join(dir, 'u.csv'), 'kode;navn;overordnet\nX1;Ny;NO\n');
    const write = await cli(['--db', db, 'import-units', 'u.csv'], { cwd: dir });
    expect(write.code).toBe(1);
    expect(write.stderr.join('\n')).toMatch(/Databasefilen er skadet|DB_DAMAGED/);
  });

  it('names the migration of a newer database instead of calling the file unreadable', async () => {
    const { dir, db } = workspace();
    expect((await cli(['--db', db, 'init'], { cwd: dir })).code).toBe(0);
    await addFutureMigration(db);
    const run = await cli(['--db', db, 'init'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([`Databasen ${db} er laget av en nyere versjon av Forankring (den kjenner endringen Future1799999999999). Oppdater Forankring for å åpne den.`]);
  });
});
