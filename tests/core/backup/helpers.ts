// Files for the backup, restore and open-check tests: a database with rows in
// it, closed; one page overwritten; a migration from the future.
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { openCore, type Core } from '../../../src/core';
import { RESOURCES_DIR, tempDir } from '../../support/db';

export async function openAt(dbPath: string, options: { now?: () => Date; readOnly?: boolean } = {}): Promise<Core> {
  return openCore({ dbPath, resourcesDir: RESOURCES_DIR, version: 'test', ...options });
}

/** A closed database with the demo organization in it; its path. */
export async function demoFile(name = 'test.sqlite'): Promise<string> {
  const dbPath = join(tempDir(), name);
  const core = await openAt(dbPath);
  const loaded = await core.dispatch('demo.load', {});
  if (!loaded.ok) throw new Error(loaded.error.code);
  await core.close();
  return dbPath;
}

/** Runs SQL on a file with a plain sqlite3 connection, outside the app. */
export function runSql(path: string, sql: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (openErr) => {
      if (openErr) return reject(openErr);
      db.all(sql, (err, rows) => db.close(() => (err ? reject(err) : resolve(rows))));
    });
  });
}

export async function pageSize(path: string): Promise<number> {
  const rows = (await runSql(path, 'PRAGMA page_size')) as Array<{ page_size: number }>;
  return rows[0]?.page_size ?? 4096;
}

/** Overwrites one page in the middle of the file with garbage (a closed file, WAL checkpointed). */
export async function damageOnePage(path: string): Promise<number> {
  const size = await pageSize(path);
  const pages = statSync(path).size / size;
  const page = Math.floor(pages / 2);
  const fd = openSync(path, 'r+');
  const garbage = Buffer.alloc(size);
  for (let i = 0; i < size; i++) garbage[i] = (i * 7919 + 13) % 256;
  writeSync(fd, garbage, 0, size, page * size);
  closeSync(fd);
  return page;
}

export const FUTURE_MIGRATION = 'Future1799999999999';

export async function addFutureMigration(path: string): Promise<void> {
  await runSql(path, `INSERT INTO migrations (timestamp, name) VALUES (1799999999999, '${FUTURE_MIGRATION}')`);
}
