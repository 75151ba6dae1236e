// The two data-protection requests: access (export one person's data) and
// erasure (blank the personal fields, keep the assignments as "erased person"
// so coverage history and counts stay true). An erased person can no longer be
// reached, so their roles end on the day of erasure: the unit's gap shows
// instead of hiding behind "erased person".
import type { EntityManager } from 'typeorm';
import type { ExportedFile } from '../../shared/types';
import type { PersonDetail } from '../../shared/types-ownership';
import { Brackets } from 'typeorm';
import { Assignment, Person } from '../db/entities';
import { notFound } from '../errors';
import { getPerson } from './people';

/** Idempotent: erasing an erased person changes nothing, and the first erasedAt stays. */
export async function erasePerson(em: EntityManager, today: string, id: number, now: Date): Promise<PersonDetail> {
  const person = await em.findOneBy(Person, { id });
  if (!person) throw notFound('person', id);
  if (!person.erasedAt) {
    Object.assign(person, { name: '', searchName: '', email: null, phone: null, note: '', active: false, erasedAt: now });
    await em.save(person);
    await endRolesOnErasure(em, id, today);
  }
  return getPerson(em, today, id);
}

/**
 * Everything held about the person and nothing else: their fields, home unit,
 * assignments (with role and unit names) and the record's timestamps. After
 * erasure the personal fields are gone, so they are left out rather than shown blank.
 */
export async function exportPersonData(em: EntityManager, today: string, id: number, now: Date): Promise<ExportedFile> {
  const detail = await getPerson(em, today, id);
  const person = await em.findOneByOrFail(Person, { id });
  const personal = person.erasedAt
    ? {}
    : { name: detail.name, email: detail.email, phone: detail.phone, note: detail.note, active: detail.active };
  const data = {
    exportedAt: now.toISOString(),
    person: {
      id: detail.id,
      ...personal,
      homeUnit: detail.homeUnitCode === null ? null : { code: detail.homeUnitCode, name: detail.homeUnitName },
      createdAt: detail.createdAt,
      updatedAt: detail.updatedAt,
      erasedAt: person.erasedAt ? person.erasedAt.toISOString() : null,
    },
    assignments: detail.assignments.map((a) => ({
      role: { nb: a.roleNameNb, en: a.roleNameEn },
      unit: { code: a.unitCode, name: a.unitName },
      startDate: a.startDate,
      endDate: a.endDate,
    })),
  };
  return {
    fileName: `person-${id}-${today}.json`,
    mimeType: 'application/json',
    base64: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8').toString('base64'),
  };
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
