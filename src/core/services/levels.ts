import type { EntityManager } from 'typeorm';
import type { Level as LevelDto } from '../../shared/types';
import { Level, Unit } from '../db/entities';
import { AppError, notFound } from '../errors';
import { searchKey } from '../text';

export async function listLevels(em: EntityManager): Promise<LevelDto[]> {
  const rows = await em
    .createQueryBuilder(Level, 'l')
    .leftJoin(Unit, 'u', 'u.level_id = l.id')
    .select([
      'l.id AS id', 'l.name AS name', 'l.rank AS rank',
      'COUNT(CASE WHEN u.archived = FALSE THEN 1 END) AS "unitCount"',
      'COUNT(CASE WHEN u.archived = TRUE THEN 1 END) AS "archivedCount"',
    ])
    .groupBy('l.id')
    .orderBy('l.rank', 'ASC')
    .getRawMany<{ id: number; name: string; rank: number; unitCount: number; archivedCount: number }>();
  return rows.map((r) => ({
    id: r.id, name: r.name, rank: r.rank, unitCount: Number(r.unitCount), archivedCount: Number(r.archivedCount),
  }));
}

/** Level names are unique by text.ts searchKey, the rule of the unique index on name_key. */
async function assertNameFree(em: EntityManager, name: string, exceptId?: number): Promise<void> {
  const clash = await em.findOneBy(Level, { nameKey: searchKey(name) });
  if (clash && clash.id !== exceptId) throw new AppError('LEVEL_NAME_TAKEN', `Level name taken: ${name}`, { name });
}

export async function createLevel(em: EntityManager, name: string, rank?: number): Promise<Level> {
  await assertNameFree(em, name);
  let nextRank = rank;
  if (nextRank === undefined) {
    const max = await em.createQueryBuilder(Level, 'l').select('MAX(l.rank)', 'max').getRawOne<{ max: number | null }>();
    nextRank = max?.max === null || max?.max === undefined ? 0 : max.max + 1;
  }
  return em.save(em.create(Level, { name, rank: nextRank }));
}

async function levelDto(em: EntityManager, id: number): Promise<LevelDto> {
  const found = (await listLevels(em)).find((l) => l.id === id);
  if (!found) throw notFound('level', id);
  return found;
}

export async function renameLevel(em: EntityManager, id: number, name: string): Promise<LevelDto> {
  const level = await em.findOneBy(Level, { id });
  if (!level) throw notFound('level', id);
  await assertNameFree(em, name, id);
  level.name = name;
  await em.save(level);
  return levelDto(em, id);
}

export async function deleteLevel(em: EntityManager, id: number): Promise<{ id: number }> {
  const level = await em.findOneBy(Level, { id });
  if (!level) throw notFound('level', id);
  const used = await em.countBy(Unit, { levelId: id });
  if (used > 0) throw new AppError('LEVEL_IN_USE', `Level ${level.name} is used by ${used} units`, { name: level.name, units: used });
  await em.delete(Level, { id });
  return { id };
}

export { levelDto };
