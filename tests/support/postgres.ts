import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach } from 'vitest';
import { openPostgres } from '../../src/core/db/postgres';

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

const dropped: string[] = [];
afterEach(async () => {
  for (let name = dropped.pop(); name; name = dropped.pop()) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

async function admin(sql: string): Promise<void> {
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
  dropped.push(name);
  return urlOf(name);
}

// One migrated database per test file, copied for each test: CREATE DATABASE … TEMPLATE
// copies files, which is much faster than running every migration again.
let template: Promise<string> | undefined;
afterAll(async () => {
  const name = await template?.catch(() => undefined);
  template = undefined;
  if (name) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

async function migratedTemplate(): Promise<string> {
  const name = `forankring_tpl_${randomBytes(6).toString('hex')}`;
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
  dropped.push(name);
  return urlOf(name);
}
