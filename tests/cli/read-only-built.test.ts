// A database file and folder the user cannot write: the built CLI, run as the
// unprivileged user "nobody" (root ignores file modes, so chmod alone proves
// nothing when tests run as root). Needs out/main/cli.js and root to drop to nobody.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/db';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'out/main/cli.js');
const CAN_DROP = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');

function asNobody(args: string[], cwd: string) {
  return spawnSync('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args], {
    cwd, encoding: 'utf8', env: { PATH: process.env.PATH, FORANKRING_LANG: 'en' }, timeout: 60_000,
  });
}

function asRoot(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH }, timeout: 60_000 });
}

describe('a read-only database (built cli as nobody)', () => {
  it.skipIf(!existsSync(CLI) || !CAN_DROP)('opens for reading and exporting; writes are refused with READ_ONLY, never "unreadable"', () => {
    const base = tempDir();
    chmodSync(base, 0o755);
    const dataDir = join(base, 'data');
    const work = join(base, 'work');
    mkdirSync(dataDir);
    mkdirSync(work);
    const db = join(dataDir, 'org.sqlite');
    expect(asRoot(['--db', db, 'demo'], base).status).toBe(0);
    writeFileSync(join(work, 'u.csv'), 'kode;navn;overordnet\nX1;Ny;NO\n');
    chmodSync(db, 0o444);
    chmodSync(dataDir, 0o555);
    chmodSync(work, 0o777);

    const exported = asNobody(['--db', db, 'export-units', 'units.csv'], work);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(existsSync(join(work, 'units.csv'))).toBe(true);

    const init = asNobody(['--db', db, 'init'], work);
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('is up to date and ready');
    expect(init.stderr).toContain('The database is open read-only (the file cannot be written to)');

    const write = asNobody(['--db', db, 'import-units', 'u.csv'], work);
    expect(write.status).toBe(1);
    expect(write.stderr).toContain('The database is open read-only');
    expect(write.stderr).not.toMatch(/could not be read|Something went wrong/);

    // A writable file in a folder that cannot be written (no room for the -wal and -shm files): read-only too.
    chmodSync(db, 0o666);
    const folderOnly = asNobody(['--db', db, 'import-units', 'u.csv'], work);
    expect(folderOnly.status).toBe(1);
    expect(folderOnly.stderr).toContain('(the folder the file is in cannot be written to)');
    expect(asNobody(['--db', db, 'export-units', 'again.csv'], work).status).toBe(0);
    console.log(`read-only (as nobody): export ${exported.status === 0 ? 'ok' : 'failed'}, init ok, 2 writes refused with READ_ONLY, 0 called unreadable`);
  });
});
