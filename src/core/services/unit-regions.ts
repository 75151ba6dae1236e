// The regions for a picker: the active units at the level of rank 1 (the level waves and
// regional figures are organized by), with only what a list of them shows.
import type { EntityManager } from 'typeorm';
import type { RegionOption } from '../../shared/types';
import { Unit } from '../db/entities';

export async function listRegions(em: EntityManager): Promise<RegionOption[]> {
  return em
    .createQueryBuilder(Unit, 'u')
    .innerJoin('level', 'l', 'l.id = u.level_id')
    .select(['u.id AS id', 'u.code AS code', 'u.name AS name'])
    .where('l.rank = 1')
    .andWhere('u.archived = FALSE')
    .orderBy('u.code', 'ASC')
    .getRawMany<RegionOption>();
}
