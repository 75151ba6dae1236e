// What a file must be before it may replace the database: an SQLite file, with
// Forankring's tables, sound by integrity_check, and no migration this build
// does not know. Read with its own read-only connection; nothing is written.
import { open } from 'node:fs/promises';
import sqlite3 from 'sqlite3';
import { AppError } from '../errors';
import { schemaNewer, unknownMigrations } from './open-checks';

const HEADER = 'SQLite format 3\0';

function invalid(file: string, reason: 'notSqlite' | 'notForankring' | 'damaged' | 'unreadable'): AppError {
  return new AppError('BACKUP_INVALID', `Not a usable Forankring database: ${reason}`, { file, reason });
}

async function header(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    await handle.read(buffer, 0, 16, 0);
    return buffer.toString('latin1');
  } finally {
    await handle.close();
  }
}

function all(db: sqlite3.Database, sql: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows))));
}

function openReadOnly(path: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, sqlite3.OPEN_READONLY, (err) => (err ? reject(err) : resolve(db)));
  });
}

/** Throws BACKUP_INVALID or SCHEMA_NEWER with details naming the file; resolves when the file may be restored. */
export async function checkRestorable(path: string, shownAs: string): Promise<void> {
  let head: string;
  try {
    head = await header(path);
  } catch {
    throw invalid(shownAs, 'unreadable');
  }
  if (head !== HEADER) throw invalid(shownAs, 'notSqlite');
  let db: sqlite3.Database;
  try {
    db = await openReadOnly(path);
  } catch {
    throw invalid(shownAs, 'unreadable');
  }
  try {
    const tables = (await all(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('migrations', 'unit', 'level')`)) as unknown[];
    if (tables.length < 3) throw invalid(shownAs, 'notForankring');
    const check = (await all(db, 'PRAGMA integrity_check').catch(() => [])) as Array<{ integrity_check: string }>;
    if (check.length !== 1 || check[0]?.integrity_check !== 'ok') throw invalid(shownAs, 'damaged');
    const unknown = await unknownMigrations((sql) => all(db, sql));
    if (unknown.length > 0) throw schemaNewer(unknown, shownAs);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw invalid(shownAs, 'damaged');
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}
