import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgres } from '../../src/core/db/postgres';
import { afterThisTest } from './cleanup';

/**
 * A PostgreSQL server for the tests that need one: FORANKRING_TEST_PG_URL names a
 * role that may create databases (.ci/pg.sh starts a throwaway cluster and sets it).
 * Without it those tests are skipped, so a machine with no PostgreSQL still runs the rest.
 */
export const PG_URL = process.env.FORANKRING_TEST_PG_URL ?? '';

/**
 * FORANKRING_TEST_DRIVER=postgres runs the core's tests on PostgreSQL instead of a
 * SQLite file (CI runs the suite both ways). Tests of SQLite's own files (backup,
 * restore, damaged and read-only files) skip themselves with it.
 */
export const ON_POSTGRES = process.env.FORANKRING_TEST_DRIVER === 'postgres';
if (ON_POSTGRES && PG_URL === '') throw new Error('FORANKRING_TEST_DRIVER=postgres needs FORANKRING_TEST_PG_URL');

/** The prefix of this run's template databases (FORANKRING_TEST_RUN is set by tests/support/global-setup.ts). */
export const TEMPLATE_PREFIX = `forankring_tpl_${process.env.FORANKRING_TEST_RUN ?? 'solo'}_`;

export async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function urlOf(name: string): string {
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh, empty database on the test server, dropped after the test; returns its URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const name = `forankring_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  afterThisTest(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  return urlOf(name);
}

// One migrated database per worker, copied for each test: CREATE DATABASE … TEMPLATE
// copies files, which is much faster than running every migration again. Its name carries
// the run's id (tests/support/global-setup.ts), which drops the run's templates at the end.
let template: Promise<string> | undefined;

async function migratedTemplate(): Promise<string> {
  const name = `${TEMPLATE_PREFIX}${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  const ds = await openPostgres({ url: urlOf(name), poolSize: 1 });
  await ds.destroy();
  return name;
}

/** A fresh database with every migration run, dropped after the test; returns its URL. */
export async function migratedPostgresDatabase(): Promise<string> {
  template ??= migratedTemplate();
  const source = await template;
  const name = `forankring_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}" TEMPLATE "${source}"`);
  afterThisTest(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  return urlOf(name);
}
