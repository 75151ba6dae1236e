// What `units.tree` and `levels.list` return, read by hand.
import type { Level, UnitRow } from '../../src/shared/types';
import type { RawDb } from '../support/raw-sqlite';

export async function rawTree(db: RawDb, includeArchived: boolean): Promise<UnitRow[]> {
  const rows = await db.all<Omit<UnitRow, 'archived'> & { archived: number }>(
    `SELECT id, code, name, level_id AS levelId, parent_id AS parentId, members, archived FROM unit
     ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY code`,
  );
  return rows.map((r) => ({ ...r, archived: r.archived === 1 }));
}

export async function rawLevels(db: RawDb): Promise<Level[]> {
  return db.all<Level>(
    `SELECT l.id AS id, l.name AS name, l.rank AS rank,
       COUNT(CASE WHEN u.archived = 0 THEN 1 END) AS unitCount,
       COUNT(CASE WHEN u.archived = 1 THEN 1 END) AS archivedCount
     FROM level l LEFT JOIN unit u ON u.level_id = l.id
     GROUP BY l.id ORDER BY l.rank`,
  );
}

/** What an import must get right, independent of ids: code, parent code, level name, members. */
export interface UnitFact {
  code: string;
  parentCode: string | null;
  level: string;
  members: number | null;
}

export async function unitFacts(db: RawDb): Promise<UnitFact[]> {
  return db.all<UnitFact>(
    `SELECT u.code AS code, p.code AS parentCode, l.name AS level, u.members AS members
     FROM unit u JOIN level l ON l.id = u.level_id LEFT JOIN unit p ON p.id = u.parent_id ORDER BY u.code`,
  );
}
