// "Replace the board": after an annual meeting on `date`, the unit's sitting
// assignments end on that date and the new ones start on it. The caller runs
// this inside one transaction, so any refused new assignment leaves nothing written.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import { Assignment, Unit } from '../db/entities';
import { notFound } from '../errors';
import { checkAssignment } from './assignment-rules';

/**
 * Which assignments the meeting ends: those at the unit that began before
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
  { unitId, date, assignments }: InputOf<'assignments.replaceBoard'>,
): Promise<{ ended: number; added: number }> {
  if (!(await em.existsBy(Unit, { id: unitId }))) throw notFound('unit', unitId);
  const sitting: Array<{ id: number }> = await em.query(
    'SELECT id FROM assignment WHERE unit_id = ? AND start_date < ? AND (end_date IS NULL OR end_date > ?)',
    [unitId, date, date],
  );
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
