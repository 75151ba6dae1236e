import 'reflect-metadata';
import pg from 'pg';
import { DataSource, type DataSourceOptions, type QueryRunner } from 'typeorm';
import { SCHEMA_OPTIONS } from './schema-options';
import { numberPlaceholders } from './placeholders';
import { fromStoredInstant, toStoredInstant } from './instants';

// PostgreSQL's OIDs for the types whose text the core reads differently from pg's defaults.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/**
 * Values come back as SQLite gives them, so the core reads one shape from both:
 * counts (bigint) and sums (numeric) as numbers, calendar dates as 'YYYY-MM-DD'
 * (pg would make a local-midnight Date of them), and instants as the stored text
 * 'YYYY-MM-DD HH:MM:SS.SSS' in UTC. Per pool, so no other pg user in the process is affected.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): (text: string) => unknown {
    if (oid === INT8) return (text) => Number(text);
    if (oid === NUMERIC) return (text) => Number(text);
    if (oid === DATE) return (text) => text;
    if (oid === TIMESTAMPTZ || oid === TIMESTAMP) return (text) => toStoredInstant(new Date(pgInstantToIso(text)));
    return pg.types.getTypeParser(oid, format ?? 'text') as (text: string) => unknown;
  },
};

/** '2026-12-02 10:00:00.123456+00' (TimeZone UTC) as an ISO string Date can read. */
function pgInstantToIso(text: string): string {
  const iso = text.replace(' ', 'T');
  return /[+-]\d\d(:?\d\d)?$/.test(iso) ? iso.replace(/([+-]\d\d)$/, '$1:00') : `${iso}Z`;
}

export interface PostgresOptions {
  url: string;
  /** Connections in the pool. */
  poolSize?: number;
  /**
   * The migrations this DataSource knows; all of them unless given. Only the upgrade
   * tests pass a prefix of MIGRATIONS, to build the schema as it stood before a step.
   */
  migrations?: DataSourceOptions['migrations'];
}

/**
 * The entities are written once, with the SQLite names of their types. PostgreSQL
 * gets them as its own: 'datetime' (an instant) becomes timestamptz, read and
 * written as the stored UTC text. This is the one place the two drivers' type
 * names meet; it runs before initialize() builds and validates the metadata.
 */
function teachDatetime(ds: DataSource): void {
  const driver = ds.driver as unknown as {
    supportedDataTypes: string[];
    normalizeType: (c: { type?: unknown }) => string;
    prepareHydratedValue: (value: unknown, column: { type?: unknown }) => unknown;
    createQueryRunner: (mode: 'master' | 'slave') => QueryRunner;
  };
  driver.supportedDataTypes.push('datetime');
  const normalize = driver.normalizeType.bind(driver);
  driver.normalizeType = (c) => (c.type === 'datetime' ? 'timestamp with time zone' : normalize(c));
  const hydrate = driver.prepareHydratedValue.bind(driver);
  driver.prepareHydratedValue = (value, column) =>
    column.type === 'datetime' && typeof value === 'string' ? fromStoredInstant(value) : hydrate(value, column);
  // Every query the core or TypeORM sends passes a query runner made here.
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = create(mode);
    const query = runner.query.bind(runner) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
    (runner as { query: (sql: string, ...rest: unknown[]) => Promise<unknown> }).query = (sql, ...rest) => query(numberPlaceholders(sql), ...rest);
    return runner;
  };
}

export function createPostgresDataSource({ url, poolSize = 10, migrations }: PostgresOptions): DataSource {
  const ds = new DataSource({
    type: 'postgres',
    url,
    ...SCHEMA_OPTIONS,
    ...(migrations ? { migrations } : {}),
    // Instants are read and written in UTC whatever the server's own setting is.
    extra: { types, options: '-c TimeZone=UTC', max: poolSize },
  });
  teachDatetime(ds);
  return ds;
}

/** Opens (and by default upgrades) a PostgreSQL database. */
export async function openPostgres(options: PostgresOptions & { migrate?: boolean }): Promise<DataSource> {
  const ds = createPostgresDataSource(options);
  await ds.initialize();
  if (options.migrate !== false) await ds.runMigrations({ transaction: 'each' });
  return ds;
}
