// Opening a team server's PostgreSQL database: reach it (a clear DB_UNAVAILABLE
// when it cannot be reached), refuse one whose schema is newer than this build,
// and migrate it. Several servers may start against one database at once, so
// the check and the migrations run under one advisory lock.
import type { DataSource } from 'typeorm';
import { AppError } from '../errors';
import { KNOWN_MIGRATIONS, schemaNewer } from './open-checks';
import { createPostgresDataSource } from './postgres';
import { isUnavailable } from './unavailable';
import { WRITE_LOCK } from './call-transactions';


// The writers' lock (call-transactions.ts): other servers' writes wait while this one migrates.
const MIGRATION_LOCK = WRITE_LOCK;

/** The URL as it may be shown and logged: no password, no query options. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return 'postgres://…';
  }
}

export async function openServerDatabase(url: string, options: { poolSize?: number } = {}): Promise<DataSource> {
  const ds = createPostgresDataSource({ url, ...options });
  try {
    await ds.initialize();
  } catch (err) {
    if (isUnavailable(err) || (err as { code?: unknown }).code === '3D000' || (err as { code?: unknown }).code === '28P01') {
      throw new AppError('DB_UNAVAILABLE', `Cannot reach ${shownUrl(url)}`, { url: shownUrl(url) });
    }
    throw err;
  }
  const lock = ds.createQueryRunner();
  try {
    await lock.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    if (await lock.hasTable('migrations')) {
      const rows = (await lock.query('SELECT name FROM migrations ORDER BY timestamp')) as Array<{ name: string }>;
      const unknown = rows.map((r) => r.name).filter((name) => !KNOWN_MIGRATIONS.has(name));
      if (unknown.length > 0) throw schemaNewer(unknown, shownUrl(url));
    }
    await ds.runMigrations({ transaction: 'each' });
    await lock.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
  } catch (err) {
    await lock.release();
    await ds.destroy();
    throw err;
  }
  await lock.release();
  return ds;
}
