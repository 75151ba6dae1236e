// The rolling daily backups: one a day (Oslo's day), the oldest beyond the
// setting removed.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from '../../support/db';
import { damageOnePage, demoFile, openAt } from './helpers';

it('keeps one backup a day and only the newest N', async () => {
  let now = new Date('2026-12-01T08:00:00Z');
  const dbPath = join(tempDir(), 'app.sqlite');
  const core = await openAt(dbPath, { now: () => now });
  try {
    expect(await core.dispatch('settings.update', { backupKeep: 3 })).toMatchObject({ ok: true });
    const written: Array<string | null> = [];
    for (let day = 0; day < 10; day++) {
      now = new Date(Date.UTC(2026, 11, 1 + day, 8));
      written.push(await core.dailyBackup());
      // A second start the same day writes nothing.
      written.push(await core.dailyBackup());
    }
    // 23:30 UTC on 10 December is already 11 December in Oslo.
    now = new Date('2026-12-10T23:30:00Z');
    written.push(await core.dailyBackup());
    const files = readdirSync(core.ctx.files.folder).sort();
    expect(files).toEqual(['forankring-auto-2026-12-09.sqlite', 'forankring-auto-2026-12-10.sqlite', 'forankring-auto-2026-12-11.sqlite']);
    expect(written.filter((w) => w !== null)).toHaveLength(11);
    const list = await core.dispatch('backup.list', {});
    expect(list).toMatchObject({ ok: true, value: { keep: 3 } });
    console.log(`daily backups: 11 days, 22 starts, ${written.filter((w) => w !== null).length} written, ${files.length} kept (keep = 3)`);
  } finally {
    await core.close();
  }
});

it('keeps 7 by default', async () => {
  const core = await openAt(join(tempDir(), 'app.sqlite'));
  try {
    expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { backupKeep: 7 } });
  } finally {
    await core.close();
  }
});

it('writes no daily backup of a damaged file, so good copies stay in the rotation', async () => {
  const dbPath = await demoFile();
  await damageOnePage(dbPath);
  const core = await openAt(dbPath);
  try {
    expect(await core.dailyBackup()).toBeNull();
    expect(existsSync(core.ctx.files.folder)).toBe(false);
  } finally {
    await core.close();
  }
});
