// The writing step of a people import, inside the caller's transaction: people
// created or updated, then each new assignment through checkAssignment, the
// same gate as the form and the board replacement. A refusal there becomes an
// issue on the row's line; any issue makes the caller roll everything back.
import type { EntityManager } from 'typeorm';
import type { ImportIssue } from '../../shared/errors';
import type { PeopleImportResult } from '../../shared/types-ownership';
import { Assignment, Person } from '../db/entities';
import { AppError } from '../errors';
import { searchKey } from '../text';
import { checkAssignment } from './assignment-rules';
import type { AssignmentPlan, PeoplePlan, PersonPlan } from './people-import-check';

/** What a matched person's row would change: only fields the file fills, and only where they differ. */
function changes(plan: PersonPlan): Partial<Person> {
  const p = plan.existing;
  if (!p) return {};
  const patch: Partial<Person> = {};
  const { name, phone, note } = plan.values;
  if (name !== null && name !== p.name) Object.assign(patch, { name, searchName: searchKey(name) });
  if (phone !== null && phone !== p.phone) patch.phone = phone;
  if (note !== null && note !== p.note) patch.note = note;
  if (plan.homeUnitId !== null && plan.homeUnitId !== p.homeUnitId) patch.homeUnitId = plan.homeUnitId;
  return patch;
}

async function insertPerson(em: EntityManager, plan: PersonPlan): Promise<number> {
  const name = plan.values.name ?? '';
  const result = await em.insert(Person, {
    name, searchName: searchKey(name), email: plan.email, phone: plan.values.phone,
    homeUnitId: plan.homeUnitId, note: plan.values.note ?? '', active: true, erasedAt: null,
  });
  return (result.identifiers[0] as { id: number }).id;
}

/** checkAssignment's refusals as issues on the row, worded like the checks of pass 2. */
function issueOf(err: AppError, a: AssignmentPlan): ImportIssue | null {
  const at = { line: a.line, value: a.roleText };
  switch (err.code) {
    case 'ROLE_NOT_AT_LEVEL':
      return { ...at, field: 'role', code: 'ROLE_NOT_AT_LEVEL', params: { level: String(err.details?.level ?? '') } };
    case 'ALREADY_ASSIGNED':
      return { ...at, field: 'role', code: 'ALREADY_ASSIGNED', params: { unit: a.unitCode, startDate: a.startDate } };
    case 'UNIT_ARCHIVED':
      return { line: a.line, field: 'unit', code: 'UNIT_ARCHIVED', value: a.unitCode };
    case 'DATE_ORDER':
      return { line: a.line, field: 'endDate', code: 'DATE_ORDER', value: a.endDate ?? '', params: { startDate: a.startDate } };
    default:
      return null;
  }
}

async function insertAssignment(em: EntityManager, a: AssignmentPlan, personId: number): Promise<ImportIssue | null> {
  const candidate = { personId, roleId: a.roleId, unitId: a.unitId, startDate: a.startDate, endDate: a.endDate };
  try {
    await checkAssignment(em, candidate);
  } catch (err) {
    const issue = err instanceof AppError ? issueOf(err, a) : null;
    if (!issue) throw err;
    return issue;
  }
  await em.insert(Assignment, candidate);
  return null;
}

export async function writePeople(em: EntityManager, plan: PeoplePlan): Promise<{ result: PeopleImportResult; issues: ImportIssue[] }> {
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
  const issues: ImportIssue[] = [];
  for (const a of plan.assignments) {
    const issue = await insertAssignment(em, a, idOf.get(a.personKey) as number);
    if (issue) issues.push(issue);
  }
  return { result: { peopleCreated, peopleUpdated, assignmentsCreated: plan.assignments.length - issues.length }, issues };
}
