// people.export: everyone not erased, in the columns the people import reads.
import type { EntityManager } from 'typeorm';
import type { ExportedFile, Lang } from '../../shared/types';
import { Assignment, Person, Unit } from '../db/entities';
import type { ExportCell } from '../transfer/neutralize';
import { YES_NO } from '../transfer/unit-columns';
import { osloDate } from './dates';
import { PEOPLE_HEADERS, STEMS } from './people-columns';
import { exportTable, type ExportOptions } from './table-export';
import { dialectOf, jsonIdsNamed, norwegianOrder } from '../db/sql';
import { exportableUnits } from '../call-context';

interface ExportPerson {
  name: string;
  email: string | null;
  phone: string | null;
  homeCode: string | null;
  homeName: string | null;
  active: number | boolean;
  currentRoles: number;
}

// A signed-in user exports the people of the units they may export from (living there or holding a role
// there today, as people.search finds them), with the roles held there.
async function loadPeople(em: EntityManager, today: string): Promise<ExportPerson[]> {
  const reach = exportableUnits();
  const inReach = jsonIdsNamed(dialectOf(em), 'reach');
  const qb = em
    .createQueryBuilder(Person, 'p')
    .leftJoin(Unit, 'h', 'h.id = p.home_unit_id')
    .select([
      'p.name AS name', 'p.email AS email', 'p.phone AS phone', 'h.code AS "homeCode"', 'h.name AS "homeName"', 'p.active AS active',
    ])
    .addSelect((sub) => sub
      .select('COUNT(*)')
      .from(Assignment, 'a')
      .where(`a.person_id = p.id AND a.start_date <= :today AND (a.end_date IS NULL OR a.end_date > :today)${reach ? ` AND a.unit_id IN ${inReach}` : ''}`), 'currentRoles')
    .where('p.erased_at IS NULL')
    .setParameter('today', today)
    .orderBy(norwegianOrder(dialectOf(em), 'p.search_name'), 'ASC')
    .addOrderBy('p.id', 'ASC');
  if (reach) {
    qb.andWhere(`(p.home_unit_id IN ${inReach} OR p.id IN (SELECT s.person_id FROM assignment s WHERE s.unit_id IN ${inReach}
      AND s.start_date <= :today AND (s.end_date IS NULL OR s.end_date > :today)))`)
      .setParameter('reach', JSON.stringify([...reach]));
  }
  return qb.getRawMany<ExportPerson>();
}

function toCells(p: ExportPerson, lang: Lang): ExportCell[] {
  const [yes, no] = YES_NO[lang];
  return [p.name, p.email ?? '', p.phone ?? '', p.homeCode ?? '', p.homeName ?? '', p.active ? yes : no, Number(p.currentRoles)];
}

export async function exportPeople(em: EntityManager, options: ExportOptions, now: Date): Promise<ExportedFile> {
  const people = await loadPeople(em, osloDate(now));
  return exportTable(options, {
    stem: STEMS.people,
    headers: PEOPLE_HEADERS,
    kinds: ['text', 'text', 'text', 'text', 'text', 'text', 'number'],
    rows: people.map((p) => toCells(p, options.lang)),
  }, now);
}
