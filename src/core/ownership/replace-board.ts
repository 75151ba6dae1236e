// "Replace the board": after an annual meeting on `date`, the unit's sitting
// board (the roles the catalog marks as board roles) ends on that date and the
// new assignments start on it. Appointed roles (super-user, local support) stay. The caller runs
// this inside one transaction, so any refused new assignment leaves nothing written.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { AssignmentRow } from '../../shared/types-ownership';
import { Assignment, Unit } from '../db/entities';
import { notFound } from '../errors';
import { checkAssignment } from './assignment-rules';
import { assignmentRows } from './assignments';

/** The sitting board's assignments that a meeting on `date` ends (see replaceBoard); the dialog lists them first. */
export async function boardEnding(em: EntityManager, today: string, unitId: number, date: string): Promise<AssignmentRow[]> {
  if (!(await em.existsBy(Unit, { id: unitId }))) throw notFound('unit', unitId);
  return assignmentRows(
    em, today,
    ['a.unit_id = ?', 'r.board = TRUE', 'a.start_date < ?', '(a.end_date IS NULL OR a.end_date > ?)'],
    [unitId, date, date],
  );
}

/**
 * Which assignments the meeting ends: those in board roles at the unit that began before
 * `date` and still run on it (no end date, or one after `date`). They get
 * endDate = date. So:
 * - an end date already on or before `date` is kept: a term is never lengthened;
 * - with a past `date`, a term that ended between `date` and today is cut back to `date`,
 *   because the new board took over then;
 * - with a future `date`, the sitting board stays current until that day;
 * - assignments starting on or after `date` were made for the new period and are
 *   left alone; repeating one of them in the new board is refused as ALREADY_ASSIGNED.
 * Someone re-elected gets a fresh assignment from `date`, so history shows both terms.
 */
export async function replaceBoard(
  em: EntityManager,
  today: string,
  { unitId, date, assignments }: InputOf<'assignments.replaceBoard'>,
): Promise<{ ended: number; added: number }> {
  const sitting = await boardEnding(em, today, unitId, date);
  const endedIds = sitting.map((a) => a.id);
  if (endedIds.length) {
    await em.createQueryBuilder().update(Assignment).set({ endDate: date }).whereInIds(endedIds).execute();
  }
  for (const next of assignments) {
    const candidate = { personId: next.personId, roleId: next.roleId, unitId, startDate: date, endDate: next.endDate };
    // Inserted one by one, so the same person twice in the new list is caught as a duplicate.
    await checkAssignment(em, candidate, endedIds);
    await em.insert(Assignment, candidate);
  }
  return { ended: endedIds.length, added: assignments.length };
}
