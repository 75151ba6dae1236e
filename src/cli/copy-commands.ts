// copy-to-server and copy-from-server: a whole organization between a SQLite file
// and a team server's PostgreSQL database (src/core/db/copy.ts). Both sides are
// opened and migrated here, outside any running app: the copy is a move, made
// while nobody is working in either database.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import { AppError } from '../core';
import { copyOrganization, type TableCount } from '../core/db/copy';
import { openChecked } from '../core/db/open-checks';
import { openServerDatabase, shownUrl } from '../core/db/open-server';
import type { CliIo } from './command-context';
import { errorMessage } from './messages';
import type { TFunction } from 'i18next';

export interface CopyRun {
  direction: 'to-server' | 'from-server';
  dbPath: string;
  databaseUrl: string;
}

function printCounts(t: TFunction, io: CliIo, counts: TableCount[]): void {
  const width = Math.max(...counts.map((c) => c.table.length));
  for (const c of counts) io.stdout(`  ${c.table.padEnd(width)}  ${c.rows}`);
  io.stdout(t('cli:copy.total', { count: counts.reduce((sum, c) => sum + c.rows, 0), tables: counts.length }));
}

function refused(t: TFunction, io: CliIo, err: unknown, path: string): number {
  if (err instanceof AppError) io.stderr(errorMessage(t, { code: err.code, message: err.message, details: err.details ?? {} }));
  else io.stderr(t('cli:openFailed', { path, reason: (err as { code?: unknown }).code ?? (err instanceof Error ? err.message : String(err)) }));
  return 1;
}

export async function runCopy(run: CopyRun, t: TFunction, io: CliIo): Promise<number> {
  const url = shownUrl(run.databaseUrl);
  const toServer = run.direction === 'to-server';
  if (toServer && !existsSync(run.dbPath)) {
    io.stderr(t('cli:copy.noFile', { path: run.dbPath }));
    return 1;
  }
  if (!toServer && existsSync(run.dbPath)) {
    io.stderr(t('cli:copy.fileExists', { path: run.dbPath }));
    return 1;
  }
  const opened: DataSource[] = [];
  let copied = false;
  try {
    const sqlite = toServer ? await openChecked(run.dbPath) : null;
    if (sqlite && sqlite.state.mode !== 'ok') {
      await sqlite.ds.destroy();
      return refused(t, io, new AppError(sqlite.state.mode === 'damaged' ? 'DB_DAMAGED' : 'READ_ONLY', 'The file cannot be copied as it is', { reason: sqlite.state.reason ?? 'file' }), run.dbPath);
    }
    if (sqlite) opened.push(sqlite.ds);
    const server = await openServerDatabase(run.databaseUrl);
    opened.push(server);
    const target = toServer ? server : (await openChecked(run.dbPath)).ds;
    if (!toServer) opened.push(target);
    const counts = await copyOrganization(toServer ? (sqlite as { ds: DataSource }).ds : server, target);
    copied = true;
    io.stdout(t(toServer ? 'cli:copy.toServerDone' : 'cli:copy.fromServerDone', { from: toServer ? run.dbPath : url, to: toServer ? url : run.dbPath }));
    printCounts(t, io, counts);
    return 0;
  } catch (err) {
    return refused(t, io, err, toServer ? url : run.dbPath);
  } finally {
    for (const ds of opened) if (ds.isInitialized) await ds.destroy();
    // A failed copy leaves no half-made offline file behind.
    if (!toServer && !copied) for (const suffix of ['', '-wal', '-shm']) await rm(run.dbPath + suffix, { force: true });
  }
}
