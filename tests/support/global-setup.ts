import { randomBytes } from 'node:crypto';
import pg from 'pg';

// Each worker keeps one migrated PostgreSQL template for all its test files
// (tests/support/postgres.ts). They are named after this run, so the teardown drops
// exactly this run's templates and never another run's on a shared server.
export default function setup(): () => Promise<void> {
  const run = randomBytes(4).toString('hex');
  process.env.FORANKRING_TEST_RUN = run;
  return async () => {
    const url = process.env.FORANKRING_TEST_PG_URL;
    if (!url) return;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const found = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`forankring_tpl_${run}_%`]);
      for (const { datname } of found.rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
}
