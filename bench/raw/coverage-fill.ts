// Bench setup, not timed: writes the generated people and assignments, and the
// catalog's extra requirements, straight into a database that holds the units.
import { searchKey } from '../../src/core/text';
import type { BenchRoleKey, OwnershipData } from '../coverage-people';
import { BENCH_EXTRA_REQUIREMENTS } from '../coverage-people';
import type { RawDb } from '../support/raw-sqlite';

const ROWS_PER_STATEMENT = 400;

async function insertRows(db: RawDb, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const one = `(${columns.map(() => '?').join(', ')})`;
  const sql = (n: number) => `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: n }, () => one).join(', ')}`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    const stmt = await db.prepare(sql(batch.length));
    await stmt.run(batch.flat());
    await stmt.finalize();
  }
}

export async function fillOwnership(db: RawDb, data: OwnershipData): Promise<void> {
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
  await insertRows(db, 'role_requirement', ['role_id', 'level_rank', 'minimum'],
    BENCH_EXTRA_REQUIREMENTS.map((r) => [roleId(r.role), r.levelRank, r.minimum]));
  await insertRows(db, 'person', ['id', 'name', 'search_name', 'email', 'phone', 'home_unit_id', 'active', 'erased_at'],
    data.people.map((p, i) => [
      i + 1, p.name, searchKey(p.name), p.email, p.phone, unitId(p.homeUnitCode), p.erased ? 0 : 1, p.erased ? '2026-01-02 10:00:00' : null,
    ]));
  await insertRows(db, 'assignment', ['person_id', 'role_id', 'unit_id', 'start_date', 'end_date'],
    data.assignments.map((a) => [a.person + 1, roleId(a.role), unitId(a.unitCode), a.startDate, a.endDate]));
  await db.exec('COMMIT');
}
