// The two data-protection requests: access (export one person's data) and
// erasure (blank the personal fields, keep the assignments as "erased person"
// so coverage history and counts stay true).
import type { EntityManager } from 'typeorm';
import type { ExportedFile } from '../../shared/types';
import type { PersonDetail } from '../../shared/types-ownership';
import { Person } from '../db/entities';
import { notFound } from '../errors';
import { getPerson } from './people';

/** Idempotent: erasing an erased person changes nothing, and the first erasedAt stays. */
export async function erasePerson(em: EntityManager, today: string, id: number, now: Date): Promise<PersonDetail> {
  const person = await em.findOneBy(Person, { id });
  if (!person) throw notFound('person', id);
  if (!person.erasedAt) {
    Object.assign(person, { name: '', searchName: '', email: null, phone: null, note: '', active: false, erasedAt: now });
    await em.save(person);
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
