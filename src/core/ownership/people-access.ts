// The data-protection access request (GDPR article 15): everything held about one
// person as JSON. Their own fields and assignments, and the sections of
// people-access-sections.ts: the cases they reported, their training sessions, and
// the notes and log entries that name them.
import type { EntityManager } from 'typeorm';
import type { ExportedFile } from '../../shared/types';
import { Person } from '../db/entities';
import { lastDayHeld } from './dates';
import { getPerson } from './people';
import { caseSections, noteSections, trainingSection } from './people-access-sections';
import { personMatcher } from './person-match';

/**
 * After erasure the personal fields are gone, so they are left out rather than
 * shown blank, and no free text names the person any more.
 */
export async function exportPersonData(em: EntityManager, today: string, id: number, now: Date): Promise<ExportedFile> {
  const detail = await getPerson(em, today, id);
  const person = await em.findOneByOrFail(Person, { id });
  const personal = person.erasedAt
    ? {}
    : { name: detail.name, email: detail.email, phone: detail.phone, note: detail.note, language: detail.language, active: detail.active };
  const matcher = personMatcher(person);
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
      // Read by the person, so the last day they held the role, as everywhere people see it.
      lastDay: lastDayHeld(a.endDate),
    })),
    ...(await caseSections(em, matcher)),
    trainingSessions: await trainingSection(em, id, matcher),
    ...(await noteSections(em, matcher)),
  };
  return {
    fileName: `person-${id}-${today}.json`,
    mimeType: 'application/json',
    base64: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8').toString('base64'),
  };
}
