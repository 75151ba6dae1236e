// What `units.tree` and `levels.list` return, read by hand on PostgreSQL (tree.ts's SQL,
// with the camelCase aliases quoted and archived a boolean).
import type { Level, UnitRow } from '../../src/shared/types';
import type { RawPg } from '../support/raw-pg';
import type { UnitFact } from './tree';

export async function rawTreePg(db: RawPg, includeArchived: boolean): Promise<UnitRow[]> {
  return db.all<UnitRow>(
    `SELECT id, code, name, level_id AS "levelId", parent_id AS "parentId", members, archived FROM unit
     ${includeArchived ? '' : 'WHERE archived = FALSE'} ORDER BY code`,
  );
}

export async function rawLevelsPg(db: RawPg): Promise<Level[]> {
  return db.all<Level>(
    `SELECT l.id AS id, l.name AS name, l.rank AS rank,
       COUNT(CASE WHEN u.archived = FALSE THEN 1 END) AS "unitCount",
       COUNT(CASE WHEN u.archived = TRUE THEN 1 END) AS "archivedCount"
     FROM level l LEFT JOIN unit u ON u.level_id = l.id
     GROUP BY l.id ORDER BY l.rank`,
  );
}

export async function unitFactsPg(db: RawPg): Promise<UnitFact[]> {
  return db.all<UnitFact>(
    `SELECT u.code AS code, p.code AS "parentCode", l.name AS level, u.members AS members
     FROM unit u JOIN level l ON l.id = u.level_id LEFT JOIN unit p ON p.id = u.parent_id ORDER BY u.code`,
  );
}
