// Batched writes of units and levels, shared by the import and the demo. One
// multi-row statement per batch instead of one save per unit: a 5,000-unit file
// must import in about the time raw SQL takes.
import type { EntityManager } from 'typeorm';
import { dialectOf, greatest } from '../db/sql';
import { toStoredInstant } from '../db/instants';
import { Level, Unit } from '../db/entities';
import { searchKey, unitSearchText } from '../text';

export interface UnitWrite {
  /** Assigned by the caller: an existing unit's id, or one from {@link nextUnitIds}. */
  id: number;
  code: string;
  name: string;
  levelId: number;
  parentId: number | null;
  members: number | null;
  contactNotes: string;
}

/** Columns an upsert may overwrite on existing units; the rest keep their stored values. */
export type UnitColumn = 'name' | 'levelId' | 'parentId' | 'members' | 'contactNotes';

const COLUMNS = ['id', 'code', 'codeKey', 'name', 'searchName', 'searchText', 'levelId', 'parentId', 'members', 'contactNotes'] as const;

// The bundled SQLite (3.32 and later) allows 32,766 bound values per statement; 2,000 rows of 10 stay well below.
const ROWS_PER_STATEMENT = 2000;

/**
 * A source of fresh unit ids, handed out inside the caller's transaction. It
 * starts past both MAX(id) and sqlite_sequence, so ids of deleted units are never
 * reused, as AUTOINCREMENT promises.
 */
export async function nextUnitIds(em: EntityManager): Promise<() => number> {
  // PostgreSQL's counterpart of sqlite_sequence is the id column's sequence.
  const used = dialectOf(em) === 'postgres'
    ? `(SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM ${UNIT_SEQUENCE})`
    : `(SELECT seq FROM sqlite_sequence WHERE name = 'unit')`;
  const [row] = (await em.query(
    `SELECT ${greatest(dialectOf(em), 'COALESCE((SELECT MAX(id) FROM unit), 0)', `COALESCE(${used}, 0)`)} AS top`,
  )) as Array<{ top: number }>;
  let next = Number(row?.top ?? 0);
  return () => ++next;
}

const UNIT_SEQUENCE = 'unit_id_seq';

/** On PostgreSQL, ids given by writeUnits do not move the sequence: move it past them. */
async function advanceUnitSequence(em: EntityManager): Promise<void> {
  if (dialectOf(em) !== 'postgres') return;
  await em.query(`SELECT setval('${UNIT_SEQUENCE}', GREATEST((SELECT COALESCE(MAX(id), 0) FROM unit),
    (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM ${UNIT_SEQUENCE})) + 1, FALSE)`);
}

/** Creates the levels and returns their ids in the same order. */
export async function insertLevels(em: EntityManager, levels: ReadonlyArray<{ name: string; rank: number }>): Promise<number[]> {
  const ids: number[] = [];
  for (const l of levels) ids.push((await em.save(em.create(Level, { name: l.name, rank: l.rank }))).id);
  return ids;
}

/**
 * Inserts the units, or updates those whose id exists (only the given columns).
 * Rows must come parents first: each statement's foreign keys are checked when it ends.
 *
 * The SQL is put together here rather than by TypeORM's query builder, which on
 * a 5,000-unit file spent more time building the statement than SQLite spent
 * running it. Names come from the entity metadata; every value is bound.
 */
export async function writeUnits(em: EntityManager, rows: readonly UnitWrite[], overwrite: readonly UnitColumn[] = []): Promise<void> {
  const meta = em.connection.getMetadata(Unit);
  const col = (property: string): string => `"${meta.findColumnWithPropertyName(property)?.databaseName ?? property}"`;
  const updated = [...overwrite, ...(overwrite.includes('name') ? ['searchName', 'searchText'] : [])];
  const upsert = overwrite.length === 0 ? '' : ` ON CONFLICT (${col('id')}) DO UPDATE SET ${[
    ...updated.map((p) => `${col(p)} = excluded.${col(p)}`),
    `${col('updatedAt')} = ?`,
  ].join(', ')}`;
  const head = `INSERT INTO "${meta.tableName}" (${COLUMNS.map(col).join(', ')}) VALUES `;
  const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values = batch.flatMap((r) => [
      r.id, r.code, searchKey(r.code), r.name, searchKey(r.name), unitSearchText(r.name, r.code), r.levelId, r.parentId, r.members, r.contactNotes,
    ]);
    await em.query(`${head}${batch.map(() => tuple).join(', ')}${upsert}`, upsert === '' ? values : [...values, toStoredInstant(new Date())]);
  }
  await advanceUnitSequence(em);
}
