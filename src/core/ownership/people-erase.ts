// Data-protection erasure: blank the personal fields, keep the assignments as
// "erased person" so coverage history and counts stay true, and replace the person's
// name, e-mail and phone wherever free text names them (people-scrub.ts). An erased
// person can no longer be reached, so their roles end on the day of erasure: the
// unit's gap shows instead of hiding behind "erased person". The access request is
// in people-access.ts.
import type { EntityManager } from 'typeorm';
import type { PersonDetail } from '../../shared/types-ownership';
import { Brackets } from 'typeorm';
import { Assignment, FeedbackEntry, Person } from '../db/entities';
import { notFound } from '../errors';
import { getPerson } from './people';
import { personMatcher } from './person-match';
import { scrubPersonTraces } from './people-scrub';
import { redactAuditPerson } from '../audit/redact';
import { eraseAccount } from '../accounts/users';
import { forgetUndo } from '../undo/journal';

/** Idempotent: erasing an erased person changes nothing, and the first erasedAt stays. */
export async function erasePerson(em: EntityManager, today: string, id: number, now: Date): Promise<PersonDetail> {
  const person = await em.findOneBy(Person, { id });
  if (!person) throw notFound('person', id);
  if (!person.erasedAt) {
    // Before the fields are blanked: the matcher needs the name, e-mail and phone.
    const matcher = personMatcher(person);
    await scrubPersonTraces(em, matcher);
    await redactAuditPerson(em, id, matcher);
    await eraseAccount(em, id);
    // «Innspill» they raised stays for its unit, without them as the raiser.
    await em.update(FeedbackEntry, { raisedById: id }, { raisedById: null });
    await forgetUndo(em);
    Object.assign(person, { name: '', searchName: '', searchText: '', email: null, phone: null, note: '', language: null, active: false, erasedAt: now });
    await em.save(person);
    await endRolesOnErasure(em, id, today);
  }
  return getPerson(em, today, id);
}

/**
 * Current roles end today (end dates are exclusive, so they are no longer held
 * today); roles planned to start later never took effect and are removed.
 * Past assignments are history and stay as they are.
 */
async function endRolesOnErasure(em: EntityManager, personId: number, today: string): Promise<void> {
  await em
    .createQueryBuilder()
    .update(Assignment)
    .set({ endDate: today })
    .where('person_id = :personId AND start_date < :today', { personId, today })
    .andWhere(new Brackets((b) => b.where('end_date IS NULL').orWhere('end_date > :today', { today })))
    .execute();
  await em
    .createQueryBuilder()
    .delete()
    .from(Assignment)
    .where('person_id = :personId AND start_date >= :today', { personId, today })
    .execute();
}
