import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Makes every transaction start with BEGIN IMMEDIATE instead of TypeORM's deferred
 * BEGIN TRANSACTION. A deferred transaction that reads first and then writes has to
 * upgrade its lock; if another process (the CLI beside the app) wrote meanwhile,
 * SQLite answers SQLITE_BUSY at once, without waiting for busy_timeout, because
 * waiting could deadlock. Taking the write lock at BEGIN lets busy_timeout wait.
 *
 * TypeORM's sqlite driver has exactly one query runner per DataSource (SqliteDriver
 * keeps it in `queryRunner`), and its startTransaction issues the literal
 * "BEGIN TRANSACTION"; this swaps that one statement on that one runner.
 */
export function beginImmediate(ds: DataSource): void {
  const runner: QueryRunner = ds.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
  (runner as { query: (sql: string, ...rest: unknown[]) => Promise<unknown> }).query = (sql, ...rest) =>
    query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest);
}
