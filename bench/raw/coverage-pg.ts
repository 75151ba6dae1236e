// The coverage bench on PostgreSQL: the same fill through pg, and the gap list's raw
// SQL (coverage.ts) in PostgreSQL's dialect: no planner hints, a count of a condition
// as SUM(CASE …), archived a boolean, camelCase aliases quoted.
import { searchKey } from '../../src/core/text';
import type { BenchRoleKey, OwnershipData } from '../coverage-people';
import { BENCH_EXTRA_REQUIREMENTS } from '../coverage-people';
import { insertRowsPg, type RawPg } from '../support/raw-pg';
import { GAPS_SQL } from './coverage';

/** Replaces each fragment exactly as written, and fails if one is not there (the SQLite SQL moved on). */
export function rewrite(sql: string, pairs: ReadonlyArray<readonly [string | RegExp, string]>): string {
  return pairs.reduce((out, [from, to]) => {
    const next = out.replace(from instanceof RegExp ? from : new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), to);
    if (next === out) throw new Error(`raw SQL for PostgreSQL: ${String(from)} not found`);
    return next;
  }, sql);
}

/** camelCase names (the result aliases) quoted, since PostgreSQL folds unquoted names to lower case. */
export function quoteCamel(sql: string): string {
  return sql.replace(/(?<!["'\w])([a-z]+[A-Z]\w*)(?!["'\w])/g, '"$1"');
}

export const GAPS_SQL_PG = quoteCamel(rewrite(GAPS_SQL, [
  [' NOT INDEXED', ''],
  ['SUM(start_date <= ?1 AND (end_date IS NULL OR end_date > ?1))', 'SUM(CASE WHEN start_date <= ?1 AND (end_date IS NULL OR end_date > ?1) THEN 1 ELSE 0 END)'],
  ['u.archived = 0', 'u.archived = FALSE'],
]));

/** Sequences moved past ids written explicitly, so later inserts (the app's) get new ones. */
export async function syncSequences(db: RawPg, tables: readonly string[]): Promise<void> {
  for (const t of tables) {
    await db.all(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM ${t}), 1))`);
  }
}

export async function fillOwnershipPg(db: RawPg, data: OwnershipData): Promise<void> {
  const units = new Map((await db.all<{ id: number; code: string }>('SELECT id, code FROM unit')).map((u) => [u.code, u.id]));
  const roles = new Map((await db.all<{ id: number; key: BenchRoleKey }>('SELECT id, key FROM role WHERE key IS NOT NULL')).map((r) => [r.key, r.id]));
  const unitId = (code: string) => {
    const id = units.get(code);
    if (id === undefined) throw new Error(`no unit ${code}`);
    return id;
  };
  const roleId = (key: BenchRoleKey) => {
    const id = roles.get(key);
    if (id === undefined) throw new Error(`no role ${key}`);
    return id;
  };
  await db.exec('BEGIN');
  await insertRowsPg(db, 'role_requirement', ['role_id', 'level_rank', 'minimum'],
    BENCH_EXTRA_REQUIREMENTS.map((r) => [roleId(r.role), r.levelRank, r.minimum]));
  await insertRowsPg(db, 'person', ['id', 'name', 'search_name', 'email', 'phone', 'home_unit_id', 'active', 'erased_at'],
    data.people.map((p, i) => [
      i + 1, p.name, searchKey(p.name), p.email, p.phone, unitId(p.homeUnitCode), !p.erased, p.erased ? '2026-01-02 10:00:00Z' : null,
    ]));
  await insertRowsPg(db, 'assignment', ['person_id', 'role_id', 'unit_id', 'start_date', 'end_date'],
    data.assignments.map((a) => [a.person + 1, roleId(a.role), unitId(a.unitCode), a.startDate, a.endDate]));
  await syncSequences(db, ['person']);
  await db.exec('COMMIT');
}
