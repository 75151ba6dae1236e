import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach } from 'vitest';

/**
 * A PostgreSQL server for the tests that need one: FORANKRING_TEST_PG_URL names a
 * role that may create databases (.ci/pg.sh starts a throwaway cluster and sets it).
 * Without it those tests are skipped, so a machine with no PostgreSQL still runs the rest.
 */
export const PG_URL = process.env.FORANKRING_TEST_PG_URL ?? '';

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

/** A fresh, empty database on the test server, dropped after the test; returns its URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const name = `forankring_test_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
  dropped.push(name);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
