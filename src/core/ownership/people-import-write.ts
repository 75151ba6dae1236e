// The writing step of a people import, inside the caller's transaction: people
// created or updated, then the planned assignments. Every rule was checked by
// planPeople against data read in the same transaction, so this step writes only.
import type { EntityManager } from 'typeorm';
import type { PeopleImportResult } from '../../shared/types-ownership';
import { Assignment, Person } from '../db/entities';
import { personSearchText, searchKey } from '../text';
import type { PeoplePlan, PersonPlan } from './people-import-check';

/** What a matched person's row would change: only fields the file fills, and only where they differ. */
function changes(plan: PersonPlan): Partial<Person> {
  const p = plan.existing;
  if (!p) return {};
  const patch: Partial<Person> = {};
  const { name, phone, note, language } = plan.values;
  if (name !== null && name !== p.name) Object.assign(patch, { name, searchName: searchKey(name), searchText: personSearchText(name, p.email) });
  if (phone !== null && phone !== p.phone) patch.phone = phone;
  if (note !== null && note !== p.note) patch.note = note;
  // An empty cell says the language is not known, not that it should be forgotten.
  if (language !== null && language !== p.language) patch.language = language;
  if (plan.homeUnitId !== null && plan.homeUnitId !== p.homeUnitId) patch.homeUnitId = plan.homeUnitId;
  return patch;
}

async function insertPerson(em: EntityManager, plan: PersonPlan): Promise<number> {
  const name = plan.values.name ?? '';
  const result = await em.insert(Person, {
    name, searchName: searchKey(name), searchText: personSearchText(name, plan.email), email: plan.email, phone: plan.values.phone,
    homeUnitId: plan.homeUnitId, note: plan.values.note ?? '', language: plan.values.language, active: true, erasedAt: null,
  });
  return (result.identifiers[0] as { id: number }).id;
}

/** Rows per INSERT: five columns each, far below SQLite's limit on bound parameters. */
const INSERT_CHUNK = 200;

/**
 * The planned assignments in a few multi-row inserts. planPeople has already
 * applied every rule checkAssignment enforces (role at the unit's level,
 * archived units, date order, overlaps in the file and with stored
 * assignments) against an index read in this same transaction, so asking
 * checkAssignment again, five queries a row, would only repeat it.
 */
async function insertAssignments(em: EntityManager, plan: PeoplePlan, idOf: ReadonlyMap<string, number>): Promise<void> {
  const rows = plan.assignments.map((a) => ({
    personId: idOf.get(a.personKey) as number, roleId: a.roleId, unitId: a.unitId, startDate: a.startDate, endDate: a.endDate,
  }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await em.insert(Assignment, rows.slice(i, i + INSERT_CHUNK));
}

export async function writePeople(em: EntityManager, plan: PeoplePlan): Promise<PeopleImportResult> {
  const idOf = new Map<string, number>();
  let peopleCreated = 0;
  let peopleUpdated = 0;
  for (const person of plan.people) {
    if (person.existing) {
      const patch = changes(person);
      if (Object.keys(patch).length > 0) {
        await em.update(Person, { id: person.existing.id }, patch);
        peopleUpdated += 1;
      }
      idOf.set(person.key, person.existing.id);
    } else {
      idOf.set(person.key, await insertPerson(em, person));
      peopleCreated += 1;
    }
  }
  await insertAssignments(em, plan, idOf);
  return { peopleCreated, peopleUpdated, assignmentsCreated: plan.assignments.length };
}
