// How a database file is opened: writable, read-only (the file or folder cannot
// be written), or damaged (the start-up quick check failed: opened read-only so
// nothing more is written into it). A file from a newer Forankring is refused.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DataSource } from 'typeorm';
import type { DbState } from '../../shared/types-backup';
import { AppError } from '../errors';
import { openDatabase } from './data-source';
import { MIGRATIONS } from './migrations';

export interface CheckedDatabase {
  ds: DataSource;
  state: DbState;
}

/** The migration names this build knows, as TypeORM records them. */
export const KNOWN_MIGRATIONS: ReadonlySet<string> = new Set(MIGRATIONS.map((m) => new m().name ?? m.name));

async function canWrite(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Why the file cannot be opened for writing, or null when it can. WAL needs the folder too (-wal and -shm files). */
export async function readOnlyReason(path: string): Promise<DbState['reason'] | null> {
  if ((await exists(path)) && !(await canWrite(path))) return 'file';
  if ((await exists(dirname(path))) && !(await canWrite(dirname(path)))) return 'folder';
  return null;
}

export function sqliteCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const driver = (err as { driverError?: { code?: unknown } }).driverError;
  const code = driver?.code ?? (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** SQLite's quick_check: true when it reports "ok". Damage that stops the check counts as damage. */
export async function quickCheck(ds: DataSource): Promise<boolean> {
  try {
    const rows = (await ds.query('PRAGMA quick_check')) as Array<{ quick_check: string }>;
    return rows.length === 1 && rows[0]?.quick_check === 'ok';
  } catch (err) {
    if (sqliteCode(err) === 'SQLITE_CORRUPT') return false;
    throw err;
  }
}

/** Migration names the file lists that this build does not know: the file is from a newer version. */
export async function unknownMigrations(query: (sql: string) => Promise<unknown>): Promise<string[]> {
  const tables = (await query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`)) as unknown[];
  if (tables.length === 0) return [];
  const rows = (await query('SELECT name FROM migrations ORDER BY timestamp')) as Array<{ name: string }>;
  return rows.map((r) => r.name).filter((name) => !KNOWN_MIGRATIONS.has(name));
}

export function schemaNewer(unknown: string[], file: string): AppError {
  return new AppError('SCHEMA_NEWER', `Database written by a newer version (${unknown.join(', ')})`, { migration: unknown.join(', '), file });
}

async function openReadOnly(path: string, reason: DbState['reason']): Promise<CheckedDatabase> {
  // A file or folder we cannot write is opened immutable: no lock or -shm file is needed just to read it.
  const ds = await openDatabase({ path, readOnly: reason === 'option' ? true : 'immutable', migrate: false });
  return { ds, state: (await quickCheck(ds)) ? { mode: 'readOnly', reason } : { mode: 'damaged' } };
}

/** Opens, checks and (when writable and sound) upgrades the database. Throws SCHEMA_NEWER for a newer file. */
export async function openChecked(path: string, options: { readOnly?: boolean } = {}): Promise<CheckedDatabase> {
  const reason = options.readOnly === true ? 'option' : await readOnlyReason(path);
  let opened: CheckedDatabase;
  if (reason !== null) {
    opened = await openReadOnly(path, reason);
  } else {
    const ds = await openDatabase({ path, migrate: false });
    if (!(await quickCheck(ds))) {
      // Nothing more goes into a damaged file: reopen it so SQLite refuses every write.
      await ds.destroy();
      return { ds: await openDatabase({ path, readOnly: true, migrate: false }), state: { mode: 'damaged' } };
    }
    opened = { ds, state: { mode: 'ok' } };
  }
  if (opened.state.mode === 'damaged') return opened;
  const unknown = await unknownMigrations((sql) => opened.ds.query(sql));
  if (unknown.length > 0) {
    await opened.ds.destroy();
    throw schemaNewer(unknown, path);
  }
  if (opened.state.mode === 'ok') await opened.ds.runMigrations({ transaction: 'each' });
  return opened;
}
