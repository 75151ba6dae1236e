// The one way a derived table is brought up to date: the rows of the given keys (every row when
// left out) are deleted and written again, in the caller's transaction, a few hundred bound
// values per INSERT (SQLite allows 999).
import type { EntityManager } from 'typeorm';
import { dialectOf, jsonIds } from '../db/sql';

const BOUND_VALUES = 800;

export async function replaceRows(
  em: EntityManager, table: string, columns: readonly string[], key: string, ids: readonly number[] | undefined, rows: readonly unknown[][],
): Promise<void> {
  if (ids === undefined) await em.query(`DELETE FROM ${table}`);
  else await em.query(`DELETE FROM ${table} WHERE ${key} IN ${jsonIds(dialectOf(em))}`, [JSON.stringify(ids)]);
  const one = `(${columns.map(() => '?').join(', ')})`;
  const chunk = Math.max(1, Math.floor(BOUND_VALUES / columns.length));
  for (let start = 0; start < rows.length; start += chunk) {
    const batch = rows.slice(start, start + chunk);
    await em.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${batch.map(() => one).join(', ')}`, batch.flat());
  }
}
