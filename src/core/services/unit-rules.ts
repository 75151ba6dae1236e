// The one rule about levels in the tree: a unit's level sits strictly below its
// parent's (a greater rank). Create, edit, move and the unit import all check it
// here; a root unit may have any level. Rows that broke the rule before it existed
// are not changed: unitLevelProblems lists them for Settings.
import type { EntityManager } from 'typeorm';
import type { LevelProblem } from '../../shared/types';
import { Level, Unit } from '../db/entities';
import { AppError, notFound } from '../errors';

/** True when a unit of `rank` may sit under a parent of `parentRank`. */
export function isBelow(rank: number, parentRank: number): boolean {
  return rank > parentRank;
}

interface Side {
  code: string;
  name: string;
  level: string;
}

export function notBelowParent(unit: Side, parent: Side): AppError {
  return new AppError('LEVEL_NOT_BELOW_PARENT', `${unit.code} (${unit.level}) is not below ${parent.code} (${parent.level})`, {
    code: unit.code, name: unit.name, level: unit.level, parent: parent.name, parentCode: parent.code, parentLevel: parent.level,
  });
}

export function notAboveChild(unit: Side, child: Side): AppError {
  return new AppError('LEVEL_NOT_ABOVE_CHILD', `${unit.code} (${unit.level}) is not above its child ${child.code} (${child.level})`, {
    code: unit.code, name: unit.name, level: unit.level, child: child.name, childCode: child.code, childLevel: child.level,
  });
}

async function levelOf(em: EntityManager, levelId: number): Promise<Level> {
  const level = await em.findOneBy(Level, { id: levelId });
  if (!level) throw notFound('level', levelId);
  return level;
}

/**
 * Refuses a unit with level `levelId` under `parentId`, and (for an existing
 * unit, `id`) a level that is not above every child's.
 */
export async function assertLevelFits(
  em: EntityManager,
  unit: { id: number | null; code: string; name: string; levelId: number; parentId: number | null },
): Promise<void> {
  const level = await levelOf(em, unit.levelId);
  const self = { code: unit.code, name: unit.name, level: level.name };
  if (unit.parentId !== null) {
    const parent = await em.findOne(Unit, { where: { id: unit.parentId }, relations: { level: true } });
    if (!parent) throw notFound('unit', unit.parentId);
    const parentLevel = parent.level as Level;
    if (!isBelow(level.rank, parentLevel.rank)) {
      throw notBelowParent(self, { code: parent.code, name: parent.name, level: parentLevel.name });
    }
  }
  if (unit.id === null) return;
  const child = await em
    .createQueryBuilder(Unit, 'c')
    .innerJoinAndSelect('c.level', 'l')
    .where('c.parent_id = :id', { id: unit.id })
    .andWhere('l.rank <= :rank', { rank: level.rank })
    .orderBy('l.rank', 'ASC')
    .addOrderBy('c.code', 'ASC')
    .getOne();
  if (child) throw notAboveChild(self, { code: child.code, name: child.name, level: (child.level as Level).name });
}

/** Units whose level is not below their parent's, as stored; archived units included, since restoring one brings it back. */
export async function unitLevelProblems(em: EntityManager): Promise<LevelProblem[]> {
  const rows: LevelProblem[] = await em.query(
    `SELECT u.id AS "unitId", u.code AS code, u.name AS name, l.name AS "levelName",
            p.id AS "parentId", p.code AS "parentCode", p.name AS "parentName", pl.name AS "parentLevelName"
     FROM unit u JOIN level l ON l.id = u.level_id
     JOIN unit p ON p.id = u.parent_id JOIN level pl ON pl.id = p.level_id
     WHERE l.rank <= pl.rank
     ORDER BY u.code`,
  );
  return rows;
}
