// Assignments: a person holding a role at a unit between two calendar dates.
// History is the point, so nothing here deletes: ending sets an end date.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { AssignmentRow } from '../../shared/types-ownership';
import { Assignment } from '../db/entities';
import { AppError, notFound } from '../errors';
import { checkAssignment } from './assignment-rules';
import { isCurrent, lastDayHeld } from './dates';

interface RawAssignment {
  id: number;
  personId: number;
  personName: string;
  erasedAt: string | null;
  roleId: number;
  roleNameNb: string;
  roleNameEn: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  startDate: string;
  endDate: string | null;
}

const ROW_SQL = `
  SELECT a.id AS id, a.person_id AS "personId", p.name AS "personName", p.erased_at AS "erasedAt",
         a.role_id AS "roleId", r.name_nb AS "roleNameNb", r.name_en AS "roleNameEn",
         a.unit_id AS "unitId", u.code AS "unitCode", u.name AS "unitName",
         a.start_date AS "startDate", a.end_date AS "endDate"
  FROM assignment a
  JOIN person p ON p.id = a.person_id
  JOIN role r ON r.id = a.role_id
  JOIN unit u ON u.id = a.unit_id`;

/** Not ended on `today` (held now, or starting later). One parameter: today. */
export const NOT_ENDED_SQL = '(a.end_date IS NULL OR a.end_date > ?)';
/** Held on `today` (end dates are exclusive). Two parameters: today, today. */
export const CURRENT_SQL = '(a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?))';

/** Assignment rows with names, newest first. `where` uses the alias a (assignment) and positional parameters. */
export async function assignmentRows(
  em: EntityManager,
  today: string,
  where: string[] = [],
  params: unknown[] = [],
): Promise<AssignmentRow[]> {
  const sql = `${ROW_SQL}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY a.start_date DESC, a.id DESC`;
  const rows: RawAssignment[] = await em.query(sql, params);
  return rows.map(({ erasedAt, ...r }) => ({
    ...r,
    personErased: erasedAt !== null,
    current: isCurrent(r.startDate, r.endDate, today),
  }));
}

export async function assignmentRow(em: EntityManager, id: number, today: string): Promise<AssignmentRow> {
  const [row] = await assignmentRows(em, today, ['a.id = ?'], [id]);
  if (!row) throw notFound('assignment', id);
  return row;
}

/**
 * Without includeEnded the list holds what is not yet ended: the current
 * assignments and those starting later (flagged current = false), so a
 * board elected for next month is visible and not entered twice.
 */
export async function listAssignments(
  em: EntityManager,
  today: string,
  { unitId, personId, includeEnded }: InputOf<'assignments.list'>,
): Promise<AssignmentRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (unitId !== null) {
    where.push('a.unit_id = ?');
    params.push(unitId);
  }
  if (personId !== null) {
    where.push('a.person_id = ?');
    params.push(personId);
  }
  if (!includeEnded) {
    where.push(NOT_ENDED_SQL);
    params.push(today);
  }
  return assignmentRows(em, today, where, params);
}

export async function createAssignment(
  em: EntityManager,
  today: string,
  input: InputOf<'assignments.create'>,
): Promise<AssignmentRow> {
  await checkAssignment(em, input);
  const saved = await em.save(em.create(Assignment, { ...input }));
  return assignmentRow(em, saved.id, today);
}

/**
 * Ends an assignment on `endDate` (exclusive: the last day held is the day
 * before). An end date already passed is history and stays as it is; a
 * future one may be moved.
 */
export async function endAssignment(
  em: EntityManager,
  today: string,
  { id, endDate }: InputOf<'assignments.end'>,
): Promise<AssignmentRow> {
  const assignment = await em.findOneBy(Assignment, { id });
  if (!assignment) throw notFound('assignment', id);
  if (assignment.endDate !== null && assignment.endDate <= today) {
    throw new AppError('ASSIGNMENT_ENDED', `Assignment ${id} ended ${assignment.endDate}`, {
      endDate: assignment.endDate,
      // The message names the last day held, as people see end dates everywhere else.
      lastDay: lastDayHeld(assignment.endDate),
    });
  }
  if (endDate <= assignment.startDate) {
    throw new AppError('DATE_ORDER', 'End date before start date', { startDate: assignment.startDate, endDate });
  }
  if (assignment.endDate !== null && endDate > assignment.endDate) await assertNoOverlapWhenExtended(em, assignment, endDate);
  assignment.endDate = endDate;
  await em.save(assignment);
  return assignmentRow(em, id, today);
}

/** Moving a future end date later must not run into the same person's next term in the same role and unit. */
async function assertNoOverlapWhenExtended(em: EntityManager, a: Assignment, endDate: string): Promise<void> {
  const [clash]: RawAssignment[] = await em.query(
    `${ROW_SQL} WHERE a.person_id = ? AND a.role_id = ? AND a.unit_id = ? AND a.id <> ? AND a.start_date < ? AND ${NOT_ENDED_SQL} LIMIT 1`,
    [a.personId, a.roleId, a.unitId, a.id, endDate, a.startDate],
  );
  if (clash) {
    throw new AppError('ALREADY_ASSIGNED', `The new end date ${endDate} runs into assignment ${clash.id}`, {
      person: clash.personName, role: clash.roleNameNb, roleEn: clash.roleNameEn, unit: clash.unitName, code: clash.unitCode,
    });
  }
}
