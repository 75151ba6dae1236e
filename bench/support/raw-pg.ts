// pg used directly, without TypeORM: the PostgreSQL baseline, and the bench's own
// databases on the server FORANKRING_BENCH_PG_URL names (a role that may create them).
//
// Values come back in the shapes the core's PostgreSQL driver gives (postgres.ts):
// counts and sums as numbers, dates as 'YYYY-MM-DD', instants as the stored UTC text,
// so both sides are compared as they are. The raw SQL keeps SQLite's `?` placeholders
// where it is shared; `?N` and bare `?` are numbered for PostgreSQL here.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { numberPlaceholders } from '../../src/core/db/placeholders';
import { openServerDatabase } from '../../src/core/db/open-server';
import { toStoredInstant } from '../../src/core/db/instants';

/** The PostgreSQL benches run only when this is set. */
export const BENCH_PG_URL = process.env.FORANKRING_BENCH_PG_URL ?? '';

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

function pgInstantToIso(text: string): string {
  const iso = text.replace(' ', 'T');
  return /[+-]\d\d(:?\d\d)?$/.test(iso) ? iso.replace(/([+-]\d\d)$/, '$1:00') : `${iso}Z`;
}

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): (text: string) => unknown {
    if (oid === INT8 || oid === NUMERIC) return (text) => Number(text);
    if (oid === DATE) return (text) => text;
    if (oid === TIMESTAMPTZ || oid === TIMESTAMP) return (text) => toStoredInstant(new Date(pgInstantToIso(text)));
    return pg.types.getTypeParser(oid, format ?? 'text') as (text: string) => unknown;
  },
};

/** `?1` → `$1`, then bare `?` numbered in order (outside strings and quoted names). */
export function pgSql(sql: string): string {
  return numberPlaceholders(sql.replace(/\?(\d+)/g, '$$$1'));
}

export interface RawPg {
  /** One or more statements, no parameters. */
  exec(sql: string): Promise<void>;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openRawPg(url: string): Promise<RawPg> {
  const client = new pg.Client({ connectionString: url, types, options: '-c TimeZone=UTC' });
  await client.connect();
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    all: async <T>(sql: string, params: unknown[] = []) => (await client.query(pgSql(sql), params)).rows as T[],
    close: () => client.end(),
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function urlOf(name: string): string {
  const url = new URL(BENCH_PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface PgBenchDatabases {
  /** A new database with the app's schema (a copy of the migrated template); returns its URL. */
  fresh(): Promise<string>;
  /** Drops every database made here, the template last. */
  remove(): Promise<void>;
}

/**
 * One template database migrated by the app's own migrations (as `forankring server`
 * does on start), copied with CREATE DATABASE … TEMPLATE for each run, so the raw side
 * writes into exactly the same tables and indexes and opening stays out of the timings.
 */
export async function pgBenchDatabases(): Promise<PgBenchDatabases> {
  const prefix = `forankring_bench_${randomBytes(4).toString('hex')}`;
  const template = `${prefix}_tpl`;
  await admin(`CREATE DATABASE "${template}" TEMPLATE template0 ENCODING 'UTF8'`);
  const ds = await openServerDatabase(urlOf(template), { poolSize: 2 });
  await ds.destroy();
  const made: string[] = [];
  return {
    fresh: async () => {
      const name = `${prefix}_${made.length + 1}`;
      await admin(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      made.push(name);
      return urlOf(name);
    },
    remove: async () => {
      for (const name of [...made, template]) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Drops one database made by `fresh()` early (large fills), so the server's disk does not fill up. */
export async function dropPgDatabase(url: string): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
}

const MAX_PARAMS = 65_000;

/** Bulk set-up: multi-row INSERTs, as many rows to a statement as PostgreSQL's 65,535 parameters allow (at most 2,000). */
export async function insertRowsPg(db: RawPg, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const per = Math.max(1, Math.min(2000, Math.floor(MAX_PARAMS / columns.length)));
  for (let start = 0; start < rows.length; start += per) {
    const batch = rows.slice(start, start + per);
    let n = 0;
    const values = batch.map(() => `(${columns.map(() => `$${++n}`).join(', ')})`).join(', ');
    await db.all(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, batch.flat());
  }
}
