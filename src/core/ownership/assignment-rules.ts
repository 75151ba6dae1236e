// The rules every new assignment obeys, whether it comes from the form, the
// board replacement or an import. Each breach is an AppError naming the value.
import type { EntityManager } from 'typeorm';
import { Assignment, Level, Person, Role, RoleRequirement, Unit } from '../db/entities';
import { AppError, notFound } from '../errors';

export interface AssignmentCandidate {
  personId: number;
  roleId: number;
  unitId: number;
  startDate: string;
  endDate: string | null;
}

export interface CheckedAssignment {
  person: Person;
  role: Role;
  unit: Unit;
  level: Level;
}

/** Throws unless the candidate may be saved. `ignoreIds` skips assignments being ended in the same step. */
export async function checkAssignment(
  em: EntityManager,
  candidate: AssignmentCandidate,
  ignoreIds: number[] = [],
): Promise<CheckedAssignment> {
  const person = await em.findOneBy(Person, { id: candidate.personId });
  if (!person) throw notFound('person', candidate.personId);
  if (person.erasedAt) throw new AppError('PERSON_ERASED', `Person ${person.id} is erased`, { id: person.id });
  const role = await em.findOneBy(Role, { id: candidate.roleId });
  if (!role) throw notFound('role', candidate.roleId);
  const unit = await em.findOne(Unit, { where: { id: candidate.unitId }, relations: { level: true } });
  if (!unit || !unit.level) throw notFound('unit', candidate.unitId);
  if (unit.archived) throw new AppError('UNIT_ARCHIVED', `Unit ${unit.code} is archived`, { code: unit.code, name: unit.name });
  if (candidate.endDate !== null && candidate.endDate <= candidate.startDate) {
    throw new AppError('DATE_ORDER', 'End date before start date', { startDate: candidate.startDate, endDate: candidate.endDate });
  }
  const allowed = await em.existsBy(RoleRequirement, { roleId: role.id, levelRank: unit.level.rank });
  if (!allowed) {
    // Refused, not just warned: the catalog is the rulebook, and it can be edited if it is wrong.
    throw new AppError('ROLE_NOT_AT_LEVEL', `Role ${role.nameEn} is not allowed at level ${unit.level.name}`, {
      role: role.nameNb, roleEn: role.nameEn, level: unit.level.name, rank: unit.level.rank,
    });
  }
  // The same person in the same role at the same unit, with overlapping dates, is a duplicate.
  const overlapping = await em
    .createQueryBuilder(Assignment, 'a')
    .where('a.person_id = :personId AND a.role_id = :roleId AND a.unit_id = :unitId', candidate)
    .andWhere('(a.end_date IS NULL OR a.end_date > :startDate)', { startDate: candidate.startDate })
    .andWhere(candidate.endDate === null ? '1 = 1' : 'a.start_date < :endDate', { endDate: candidate.endDate })
    .andWhere(ignoreIds.length ? 'a.id NOT IN (:...ignoreIds)' : '1 = 1', { ignoreIds })
    .getExists();
  if (overlapping) {
    throw new AppError('ALREADY_ASSIGNED', `Person ${person.id} already holds role ${role.id} at unit ${unit.code}`, {
      person: person.name, role: role.nameNb, roleEn: role.nameEn, unit: unit.name, code: unit.code,
    });
  }
  return { person, role, unit, level: unit.level };
}
