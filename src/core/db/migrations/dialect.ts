import type { QueryRunner } from 'typeorm';
import { POSTGRES_DDL } from './postgres-ddl';

/** One set of migrations for both drivers: the few that create tables branch here (see docs/architecture.md). */
export function onPostgres(q: QueryRunner): boolean {
  return q.connection.driver.options.type === 'postgres';
}

export async function postgresDdl(q: QueryRunner, migration: string, direction: 'up' | 'down'): Promise<void> {
  const ddl = POSTGRES_DDL[migration];
  if (!ddl) throw new Error(`no PostgreSQL DDL for ${migration}`);
  for (const statement of ddl[direction]) await q.query(statement);
}
