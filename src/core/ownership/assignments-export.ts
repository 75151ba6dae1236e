// assignments.export: every assignment, current and past, so the file is the
// history. Its name, e-mail, role, unit and date columns import again as people rows,
// so the end column is the last day held, which is what the import reads.
import type { EntityManager } from 'typeorm';
import type { ExportedFile, Lang } from '../../shared/types';
import { Assignment, Person, Role, Unit } from '../db/entities';
import type { ExportCell } from '../transfer/neutralize';
import { YES_NO } from '../transfer/unit-columns';
import { isCurrent, lastDayHeld, osloDate } from './dates';
import { ASSIGNMENT_HEADERS, ERASED_NAME, STEMS } from './people-columns';
import { exportTable, type ExportOptions } from './table-export';
import { exportableUnits } from '../call-context';
import { dialectOf, jsonIdsNamed } from '../db/sql';

interface ExportAssignment {
  name: string;
  email: string | null;
  erasedAt: string | null;
  roleNb: string;
  roleEn: string;
  unitCode: string;
  unitName: string;
  startDate: string;
  endDate: string | null;
}

// A signed-in user exports the assignments at the units they may export from.
async function loadAssignments(em: EntityManager): Promise<ExportAssignment[]> {
  const reach = exportableUnits();
  const qb = em
    .createQueryBuilder(Assignment, 'a')
    .innerJoin(Person, 'p', 'p.id = a.person_id')
    .innerJoin(Role, 'r', 'r.id = a.role_id')
    .innerJoin(Unit, 'u', 'u.id = a.unit_id')
    .select([
      'p.name AS name', 'p.email AS email', 'p.erased_at AS "erasedAt"', 'r.name_nb AS "roleNb"', 'r.name_en AS "roleEn"',
      'u.code AS "unitCode"', 'u.name AS "unitName"', 'a.start_date AS "startDate"', 'a.end_date AS "endDate"',
    ])
    .orderBy('u.code', 'ASC')
    .addOrderBy('r.sort_order', 'ASC')
    .addOrderBy('a.start_date', 'ASC')
    .addOrderBy('a.id', 'ASC');
  if (reach) qb.where(`a.unit_id IN ${jsonIdsNamed(dialectOf(em), 'reach')}`, { reach: JSON.stringify([...reach]) });
  return qb.getRawMany<ExportAssignment>();
}

function toCells(a: ExportAssignment, lang: Lang, today: string): ExportCell[] {
  const [yes, no] = YES_NO[lang];
  return [
    a.erasedAt ? ERASED_NAME[lang] : a.name, a.email ?? '', lang === 'nb' ? a.roleNb : a.roleEn, a.unitCode, a.unitName,
    a.startDate, lastDayHeld(a.endDate) ?? '', isCurrent(a.startDate, a.endDate, today) ? yes : no,
  ];
}

export async function exportAssignments(em: EntityManager, options: ExportOptions, now: Date): Promise<ExportedFile> {
  const today = osloDate(now);
  const rows = (await loadAssignments(em)).map((a) => toCells(a, options.lang, today));
  return exportTable(options, {
    stem: STEMS.assignments,
    headers: ASSIGNMENT_HEADERS,
    kinds: ['text', 'text', 'text', 'text', 'text', 'date', 'date', 'text'],
    rows,
  }, now);
}
