import 'reflect-metadata';
import { pathToFileURL } from 'node:url';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { SCHEMA_OPTIONS } from './schema-options';
import { beginImmediate } from './begin-immediate';

export interface OpenOptions {
  /** Path to the SQLite file; ':memory:' only in throwaway tests. */
  path: string;
  /** Run pending migrations on open (the default). */
  migrate?: boolean;
  /**
   * Open with SQLITE_OPEN_READONLY: SQLite itself then refuses every write (see open-checks.ts).
   * 'immutable' also skips the -shm/-wal files, which a folder we cannot write to would not let SQLite create.
   */
  readOnly?: boolean | 'immutable';
}

// TypeORM calls sqlite3.verbose(), which patches every Database and Statement
// method process-wide to build an Error and inspect arguments on each call
// (measured: +25-35 µs per query). Hand it a view of the module whose verbose()
// is a no-op; SQL errors still carry their message, just not the long trace.
const quietSqlite3: typeof sqlite3 = Object.assign(Object.create(sqlite3) as typeof sqlite3, { verbose: () => quietSqlite3 });

export function createDataSource(path: string, readOnly: boolean | 'immutable' = false): DataSource {
  const immutable = readOnly === 'immutable';
  return new DataSource({
    ...(readOnly ? { flags: sqlite3.OPEN_READONLY | (immutable ? sqlite3.OPEN_URI : 0) } : {}),
    type: 'sqlite',
    driver: quietSqlite3,
    database: immutable ? `${pathToFileURL(path).href}?immutable=1` : path,
    ...SCHEMA_OPTIONS,
  });
}

/** Opens (and by default upgrades) the database with WAL and foreign keys on. */
export async function openDatabase({ path, migrate = true, readOnly = false }: OpenOptions): Promise<DataSource> {
  const ds = createDataSource(path, readOnly);
  await ds.initialize();
  // WAL lets readers run beside the writer; busy_timeout covers a second process (CLI beside the app).
  await ds.query('PRAGMA journal_mode = WAL');
  await ds.query('PRAGMA busy_timeout = 5000');
  await ds.query('PRAGMA foreign_keys = ON');
  // Freed pages and cells are overwritten with zeros, so erased personal data leaves no copy in the file.
  await ds.query('PRAGMA secure_delete = ON');
  // FULL: in WAL mode NORMAL may lose the last commits on a power loss; the cost is in docs/architecture.md.
  await ds.query('PRAGMA synchronous = FULL');
  // A read-only file takes no write lock, so its transactions stay deferred.
  if (readOnly === false) beginImmediate(ds);
  if (migrate && readOnly === false) await ds.runMigrations({ transaction: 'each' });
  return ds;
}

/**
 * Copies every page in the -wal file into the database and truncates the -wal to
 * zero bytes, so old versions of rewritten pages do not linger there. Must run outside
 * any transaction, with no other writer mid-transaction: call it from within a turn
 * of the core's queue.
 */
export async function checkpointWal(ds: DataSource): Promise<void> {
  // PostgreSQL has no -wal file of ours; its dead rows are for the server's VACUUM.
  if (ds.options.type !== 'sqlite') return;
  await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
}
