import 'reflect-metadata';
import { pathToFileURL } from 'node:url';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { SCHEMA_OPTIONS } from './schema-options';
import { beginImmediate } from './begin-immediate';
import { whileNoReads } from './gate';

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

export function createDataSource(path: string, readOnly: boolean | 'immutable' = false, entities?: []): DataSource {
  const immutable = readOnly === 'immutable';
  return new DataSource({
    ...(readOnly ? { flags: sqlite3.OPEN_READONLY | (immutable ? sqlite3.OPEN_URI : 0) } : {}),
    type: 'sqlite',
    driver: quietSqlite3,
    database: immutable ? `${pathToFileURL(path).href}?immutable=1` : path,
    ...SCHEMA_OPTIONS,
    ...(entities ? { entities, migrations: [] } : {}),
  });
}

/** Per-connection settings that change only speed and memory, never what is stored (docs/architecture.md has the figures). */
export interface SqliteTuning {
  /** The page cache per connection, in KiB (SQLite's default is 2,000). */
  cacheKiB: number;
  /** How much of the file is read through memory mapping instead of read() calls; 0 turns it off (the default). */
  mmapBytes: number;
  /** Where sorts and temporary b-trees go: 'memory', or SQLite's default (a temporary file). */
  tempStore: 'default' | 'memory';
}

// SQLite's defaults, kept by measurement: neither a larger cache, memory-mapped reads nor
// in-memory temp tables made the federation's screens faster across the board (docs/architecture.md).
export const SQLITE_TUNING: SqliteTuning = { cacheKiB: 2000, mmapBytes: 0, tempStore: 'default' };

let tuning: SqliteTuning = SQLITE_TUNING;

/** For the settings bench (bench/federation-settings): the connections opened after this use `next`. */
export function setSqliteTuning(next: SqliteTuning): void {
  tuning = next;
}

async function tune(ds: DataSource): Promise<void> {
  await ds.query(`PRAGMA cache_size = -${Math.round(tuning.cacheKiB)}`);
  await ds.query(`PRAGMA mmap_size = ${Math.round(tuning.mmapBytes)}`);
  await ds.query(`PRAGMA temp_store = ${tuning.tempStore === 'memory' ? 'MEMORY' : 'DEFAULT'}`);
}

/** How each open writer was opened, so its read connections open the file the same way (read-connections.ts). */
const openedAs = new WeakMap<DataSource, { path: string; readOnly: boolean | 'immutable' }>();

export function openedWith(ds: DataSource): { path: string; readOnly: boolean | 'immutable' } | undefined {
  return openedAs.get(ds);
}

/** Opens (and by default upgrades) the database with WAL and foreign keys on. */
export async function openDatabase({ path, migrate = true, readOnly = false }: OpenOptions): Promise<DataSource> {
  const ds = createDataSource(path, readOnly);
  await ds.initialize();
  openedAs.set(ds, { path, readOnly });
  // WAL lets readers run beside the writer; busy_timeout covers a second process (CLI beside the app).
  await ds.query('PRAGMA journal_mode = WAL');
  await ds.query('PRAGMA busy_timeout = 5000');
  await ds.query('PRAGMA foreign_keys = ON');
  // Freed pages and cells are overwritten with zeros, so erased personal data leaves no copy in the file.
  await ds.query('PRAGMA secure_delete = ON');
  // FULL: in WAL mode NORMAL may lose the last commits on a power loss; the cost is in docs/architecture.md.
  await ds.query('PRAGMA synchronous = FULL');
  await tune(ds);
  // A read-only file takes no write lock, so its transactions stay deferred.
  if (readOnly === false) beginImmediate(ds);
  if (migrate && readOnly === false) await ds.runMigrations({ transaction: 'each' });
  return ds;
}

/**
 * A connection for read calls beside the writer (read-connections.ts): the same file, opened
 * the same way, and refusing writes itself (query_only), so a read method that wrote would fail
 * rather than become a second writer. journal_mode is the file's (WAL, set by the writer).
 */
export async function openReader(path: string, readOnly: boolean | 'immutable'): Promise<DataSource> {
  // No entities: the handlers build their queries with the writer's metadata and only run them
  // here, so the reader skips building its own (most of a DataSource's start-up in a short CLI run).
  const ds = createDataSource(path, readOnly, []);
  await ds.initialize();
  await ds.query('PRAGMA busy_timeout = 5000');
  if (readOnly === false) await ds.query('PRAGMA query_only = ON');
  await tune(ds);
  return ds;
}

/**
 * Copies every page in the -wal file into the database and truncates the -wal to
 * zero bytes, so old versions of rewritten pages do not linger there. Must run outside
 * any transaction, with no other writer mid-transaction: call it from within a turn
 * of the core's queue. The readers are let finish first and held meanwhile: a reader's
 * snapshot in the -wal file would keep the checkpoint from emptying it.
 */
export async function checkpointWal(ds: DataSource): Promise<void> {
  // PostgreSQL has no -wal file of ours; its dead rows are for the server's VACUUM.
  if (ds.options.type !== 'sqlite') return;
  await whileNoReads(ds, () => ds.query('PRAGMA wal_checkpoint(TRUNCATE)'));
}
