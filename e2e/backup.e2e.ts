// Settings → backups and the database check, and a damaged file: the banner,
// the refused write, and a restore from the backup list that brings it back.
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, expectAccessible, snap, startHost, test } from './fixtures';
import { openDemo, settingsPart } from './support';

const CLI = resolve(__dirname, '../out/main/cli.js');

function cli(...args: string[]): void {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

/** Overwrites one 4 KiB page in the middle of a closed database file. */
function damageOnePage(path: string): void {
  const size = 4096;
  const page = Math.floor(statSync(path).size / size / 2);
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(size, 0x5a), 0, size, page * size);
  closeSync(fd);
}

test('takes a backup, lists it, and checks the database from Settings', async ({ page, host }) => {
  await openDemo(page, host);
  await page.getByRole('link', { name: 'Innstillinger', exact: true }).click();
  const about = page.getByRole('region', { name: 'Data og versjon' });
  await expect(about.getByRole('definition').filter({ hasText: 'I orden' })).toBeVisible();
  await about.getByRole('button', { name: 'Kontroller databasen' }).click();
  await expect(about.getByText('Databasen er kontrollert: ingen feil.')).toBeVisible();

  await settingsPart(page, 'Sikkerhetskopi');
  const backups = page.getByRole('region', { name: 'Sikkerhetskopier' });
  await expect(backups.getByText('Ingen sikkerhetskopier ennå.')).toBeVisible();
  await backups.getByRole('button', { name: 'Ta sikkerhetskopi' }).press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^Sikkerhetskopien er lagret som forankring-[\d-]+\.sqlite\.$/);
  const rows = backups.getByRole('table', { name: 'Sikkerhetskopier' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('Tatt for hånd');
  await expect(rows.nth(1).getByRole('button', { name: /^Gjenopprett forankring-[\d-]+\.sqlite$/ })).toBeVisible();
  const keep = backups.getByLabel('Antall daglige sikkerhetskopier');
  await expect(keep).toHaveValue('7');
  await keep.fill('0');
  await keep.press('Enter');
  await expect(backups.getByText('Skriv et helt tall fra 1 til 90.')).toBeVisible();
  await keep.fill('3');
  await keep.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Antallet daglige sikkerhetskopier er lagret.');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Sikkerhetskopier' }).getByLabel('Antall daglige sikkerhetskopier')).toHaveValue('3');
  await expectAccessible(page, 'settings with a backup');
  await snap(page, 'settings-backup');
});

test('a damaged file shows a banner, refuses writes, and is restored from a backup in Settings', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'forankring-e2e-damaged-'));
  const dbPath = join(dir, 'org.sqlite');
  cli('--db', dbPath, 'demo');
  mkdirSync(join(dir, 'backups'));
  cli('--db', dbPath, 'backup', '--out', join(dir, 'backups', 'forankring-2026-12-01-120000.sqlite'));
  damageOnePage(dbPath);
  const { child, url } = await startHost(dbPath);
  try {
    await page.goto(`${url}#/settings`);
    await expect(page.getByText('Databasefilen er skadet, så ingenting kan lagres. Gjenopprett en sikkerhetskopi.')).toBeVisible();
    const about = page.getByRole('region', { name: 'Data og versjon' });
    await expect(about.getByRole('definition').filter({ hasText: 'Skadet: ingenting kan lagres' })).toBeVisible();
    await about.getByRole('button', { name: 'Kontroller databasen' }).click();
    await expect(about.getByText(/^Databasen er skadet \(\d+ feil\)\. Gjenopprett en sikkerhetskopi nedenfor\.$/)).toBeVisible();
    await expectAccessible(page, 'settings on a damaged file');
    await snap(page, 'settings-damaged');

    // A write is refused in words, not as an internal error.
    await settingsPart(page, 'Organisasjon og roller');
    const add = page.getByRole('form', { name: 'Legg til nivå' });
    await add.getByLabel('Navn', { exact: true }).fill('Grendelag');
    await add.getByLabel('Navn', { exact: true }).press('Enter');
    await expect(add.getByRole('alert')).toContainText('Databasefilen er skadet, så ingenting kan lagres i den.');

    await settingsPart(page, 'Sikkerhetskopi');
    const backups = page.getByRole('region', { name: 'Sikkerhetskopier' });
    await backups.getByRole('button', { name: 'Gjenopprett forankring-2026-12-01-120000.sqlite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gjenopprette sikkerhetskopien?' });
    await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await expectAccessible(page, 'restore confirmation');
    await dialog.getByRole('button', { name: 'Gjenopprett' }).click();

    // The page starts afresh on the restored file: no banner, sound, and it takes writes.
    const rows = page.getByRole('table', { name: 'Sikkerhetskopier' }).getByRole('row');
    await expect(rows.filter({ hasText: 'Før gjenoppretting' })).toHaveCount(1);
    await expect(page.getByText('Databasefilen er skadet, så ingenting kan lagres. Gjenopprett en sikkerhetskopi.')).toHaveCount(0);
    await settingsPart(page, 'Generelt');
    const about2 = page.getByRole('region', { name: 'Data og versjon' });
    await expect(about2.getByRole('definition').filter({ hasText: 'I orden' })).toBeVisible();
    await settingsPart(page, 'Organisasjon og roller');
    const add2 = page.getByRole('form', { name: 'Legg til nivå' });
    await add2.getByLabel('Navn', { exact: true }).fill('Grendelag');
    await add2.getByLabel('Navn', { exact: true }).press('Enter');
    await expect(page.getByRole('status')).toHaveText('Nivået «Grendelag» er lagt til.');
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file that cannot be written opens read-only with a banner saying why, and refuses writes', async ({ page }) => {
  test.skip(process.getuid?.() !== 0, 'drops to the user nobody, which needs root');
  const dir = mkdtempSync(join(tmpdir(), 'forankring-e2e-readonly-'));
  const dbPath = join(dir, 'org.sqlite');
  cli('--db', dbPath, 'demo');
  chmodSync(dbPath, 0o444);
  chmodSync(dir, 0o555);
  const { child, url } = await startHost(dbPath, true);
  try {
    await page.goto(`${url}#/settings`);
    await expect(page.getByText('Databasen er åpnet skrivebeskyttet (filen kan ikke skrives til). Du kan se og eksportere, men ikke endre noe.')).toBeVisible();
    const about = page.getByRole('region', { name: 'Data og versjon' });
    await expect(about.getByRole('definition').filter({ hasText: 'Skrivebeskyttet: filen kan ikke skrives til' })).toBeVisible();
    await settingsPart(page, 'Organisasjon og roller');
    const add = page.getByRole('form', { name: 'Legg til nivå' });
    await add.getByLabel('Navn', { exact: true }).fill('Grendelag');
    await add.getByLabel('Navn', { exact: true }).press('Enter');
    await expect(add.getByRole('alert')).toHaveText('Databasen er åpnet skrivebeskyttet (filen kan ikke skrives til). Du kan se og eksportere, men ikke endre noe.');
    await expectAccessible(page, 'settings on a read-only file');
    await snap(page, 'settings-read-only');
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});
