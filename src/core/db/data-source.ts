import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface OpenOptions {
  /** Path to the SQLite file; ':memory:' only in throwaway tests. */
  path: string;
  /** Run pending migrations on open (the default). */
  migrate?: boolean;
}

export function createDataSource(path: string): DataSource {
  return new DataSource({
    type: 'sqlite',
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
  await ds.query('PRAGMA synchronous = NORMAL');
  if (migrate) await ds.runMigrations({ transaction: 'each' });
  return ds;
}
