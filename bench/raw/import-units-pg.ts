// The unit import done by hand on PostgreSQL through pg: the same parsing as the
// SQLite baseline (import-units.ts), in one transaction.
import { searchKey } from '../../src/core/text';
import type { RawPg } from '../support/raw-pg';
import { byDepth, readRows, type Row } from './import-units';

async function insertLevels(db: RawPg, rows: Row[]): Promise<Map<string, number>> {
  const levelIds = new Map<string, number>();
  for (const r of rows) {
    if (levelIds.has(r.level)) continue;
    const [level] = await db.all<{ id: number }>('INSERT INTO level (name, name_key, rank) VALUES (?, ?, ?) RETURNING id', [r.level, searchKey(r.level), levelIds.size]);
    levelIds.set(r.level, level?.id ?? NaN);
  }
  return levelIds;
}

/** Row by row: one INSERT … RETURNING id per unit, each parent's id taken from its own insert. */
export async function rawImportUnitsPg(db: RawPg, bytes: Uint8Array): Promise<void> {
  const groups = byDepth(readRows(bytes));
  await db.exec('BEGIN');
  const levelIds = await insertLevels(db, groups.flat());
  const unitIds = new Map<string, number>();
  const sql = 'INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id, members) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id';
  // Parents before children (by depth), one statement after another on the one connection.
  for (const r of groups.flat()) {
    const [row] = await db.all<{ id: number }>(
      sql, [r.code, searchKey(r.code), r.name, searchKey(r.name), levelIds.get(r.level), r.parent === null ? null : unitIds.get(r.parent), r.members],
    );
    unitIds.set(r.code, row?.id ?? NaN);
  }
  await db.exec('COMMIT');
}

const UNIT_COLUMNS = 8;
// 1,000 rows x 8 values stay well under PostgreSQL's 65,535 parameters.
const ROWS_PER_STATEMENT = 1000;

/**
 * The fastest plain way: ids drawn from the table's sequence in one query, then
 * multi-row INSERTs of 1,000 units, parents before children.
 */
export async function rawImportUnitsBatchedPg(db: RawPg, bytes: Uint8Array): Promise<void> {
  const rows = byDepth(readRows(bytes)).flat();
  await db.exec('BEGIN');
  const levelIds = await insertLevels(db, rows);
  const drawn = await db.all<{ id: number }>(
    "SELECT nextval(pg_get_serial_sequence('unit', 'id')) AS id FROM generate_series(1, ?)",
    [rows.length],
  );
  const ids = new Map(rows.map((r, i) => [r.code, drawn[i]?.id ?? NaN]));
  const values = (r: Row) => [
    ids.get(r.code), r.code, searchKey(r.code), r.name, searchKey(r.name), levelIds.get(r.level), r.parent === null ? null : ids.get(r.parent), r.members,
  ];
  const one = `(${Array.from({ length: UNIT_COLUMNS }, () => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    await db.all(
      `INSERT INTO unit (id, code, code_key, name, search_name, level_id, parent_id, members) VALUES ${batch.map(() => one).join(', ')}`,
      batch.flatMap(values),
    );
  }
  await db.exec('COMMIT');
}
