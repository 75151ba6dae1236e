// The DbFiles face of a team server's PostgreSQL database. Backups, restore and the
// integrity check are PostgreSQL's own business (pg_dump, pg_restore, the server's
// checksums), so each is refused by name rather than pretended.
import type { DataSource } from 'typeorm';
import type { BackupFile, CheckResult, DbState } from '../../shared/types-backup';
import { AppError } from '../errors';
import type { DatabaseFiles } from './db-files';

function refuse(feature: 'backup' | 'restore' | 'check'): never {
  throw new AppError('SERVER_DATABASE', `${feature} is done with PostgreSQL's tools on a team server`, { feature });
}

export class ServerFiles implements DatabaseFiles {
  readonly state: DbState = { mode: 'ok' };
  readonly folder = '';

  constructor(readonly ds: DataSource) {}

  backupTo(): Promise<{ path: string; bytes: number }> {
    return Promise.resolve().then(() => refuse('backup'));
  }

  backupNow(): Promise<BackupFile> {
    return Promise.resolve().then(() => refuse('backup'));
  }

  list(): Promise<BackupFile[]> {
    return Promise.resolve().then(() => refuse('backup'));
  }

  /** No rolling file copies on a server: PostgreSQL is backed up with pg_dump. */
  daily(): Promise<string | null> {
    return Promise.resolve(null);
  }

  check(): Promise<CheckResult> {
    return Promise.resolve().then(() => refuse('check'));
  }

  restoreFrom(): Promise<{ restored: string; keptAs: string }> {
    return Promise.resolve().then(() => refuse('restore'));
  }
}
