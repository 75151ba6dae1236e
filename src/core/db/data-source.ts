import 'reflect-metadata';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface OpenOptions {
  /** Path to the SQLite file; ':memory:' only in throwaway tests. */
  path: string;
  /** Run pending migrations on open (the default). */
  migrate?: boolean;
}

// TypeORM calls sqlite3.verbose(), which patches every Database and Statement
// method process-wide to build an Error and inspect arguments on each call
// (measured: +25-35 µs per query). Hand it a view of the module whose verbose()
// is a no-op; SQL errors still carry their message, just not the long trace.
const quietSqlite3: typeof sqlite3 = Object.assign(Object.create(sqlite3) as typeof sqlite3, { verbose: () => quietSqlite3 });

export function createDataSource(path: string): DataSource {
  return new DataSource({
    type: 'sqlite',
    driver: quietSqlite3,
    database: path,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // Schema changes only through migrations, never by synchronize.
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: false,
  });
}

/** Opens (and by default upgrades) the database with WAL and foreign keys on. */
export async function openDatabase({ path, migrate = true }: OpenOptions): Promise<DataSource> {
  const ds = createDataSource(path);
  await ds.initialize();
  // WAL lets readers run beside the writer; busy_timeout covers a second process (CLI beside the app).
  await ds.query('PRAGMA journal_mode = WAL');
  await ds.query('PRAGMA busy_timeout = 5000');
  await ds.query('PRAGMA foreign_keys = ON');
  // Freed pages and cells are overwritten with zeros, so erased personal data leaves no copy in the file.
  await ds.query('PRAGMA secure_delete = ON');
  await ds.query('PRAGMA synchronous = NORMAL');
  if (migrate) await ds.runMigrations({ transaction: 'each' });
  return ds;
}

/**
 * Copies every page in the -wal file into the database and truncates the -wal to
 * zero bytes, so old versions of rewritten pages do not linger there. Must run outside
 * any transaction, with no other writer mid-transaction: call it from within a turn
 * of the core's queue.
 */
export async function checkpointWal(ds: DataSource): Promise<void> {
  await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
}
