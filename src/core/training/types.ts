// Training session types: editable, in nb and en, each with the roles it is
// required for and how long an attendance counts. Seeded by migration.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { TrainingTypeDto } from '../../shared/types-rollout';
import { Role, TrainingSession, TrainingType } from '../db/entities';
import { AppError, notFound } from '../errors';
import { parseLinks } from '../../shared/links';
import { searchKey } from '../text';
import { refreshTypeState } from '../derived/training-state';

/** In the catalog's order, with role ids and the number of sessions of each type. */
export async function listTrainingTypes(em: EntityManager, onlyId?: number): Promise<TrainingTypeDto[]> {
  const types = await em.find(TrainingType, { where: onlyId === undefined ? {} : { id: onlyId }, order: { sortOrder: 'ASC', id: 'ASC' } });
  const links: Array<{ typeId: number; roleId: number }> = await em.query(
    'SELECT training_type_id AS "typeId", role_id AS "roleId" FROM training_type_role ORDER BY role_id',
  );
  const sessions: Array<{ typeId: number; n: number }> = await em.query(
    'SELECT type_id AS "typeId", COUNT(*) AS n FROM training_session GROUP BY type_id',
  );
  const counts = new Map(sessions.map((s) => [s.typeId, Number(s.n)]));
  return types.map((t) => ({
    id: t.id, key: t.key, nameNb: t.nameNb, nameEn: t.nameEn, descriptionNb: t.descriptionNb,
    descriptionEn: t.descriptionEn, validityMonths: t.validityMonths, requiredForAll: Boolean(t.requiredForAll),
    roleIds: links.filter((l) => l.typeId === t.id).map((l) => l.roleId),
    sortOrder: t.sortOrder, sessionCount: counts.get(t.id) ?? 0, links: parseLinks(t.links),
  }));
}

async function typeDto(em: EntityManager, id: number): Promise<TrainingTypeDto> {
  const [dto] = await listTrainingTypes(em, id);
  if (!dto) throw notFound('trainingType', id);
  return dto;
}

/** A name may not repeat another type's name in either language (case-insensitive). */
async function assertNamesFree(em: EntityManager, names: string[], exceptId?: number): Promise<void> {
  const others = (await em.find(TrainingType)).filter((t) => t.id !== exceptId);
  const taken = new Set(others.flatMap((t) => [searchKey(t.nameNb), searchKey(t.nameEn)]));
  const clash = names.find((n) => taken.has(searchKey(n)));
  if (clash !== undefined) throw new AppError('NAME_TAKEN', `Training type name ${clash} is taken`, { name: clash });
}

async function loadRoles(em: EntityManager, roleIds: readonly number[]): Promise<Role[]> {
  const unique = [...new Set(roleIds)];
  const roles = unique.length ? await em.createQueryBuilder(Role, 'r').where('r.id IN (:...ids)', { ids: unique }).getMany() : [];
  const missing = unique.find((id) => !roles.some((r) => r.id === id));
  if (missing !== undefined) throw notFound('role', missing);
  return roles;
}

export async function createTrainingType(em: EntityManager, input: InputOf<'trainingTypes.create'>): Promise<TrainingTypeDto> {
  await assertNamesFree(em, [input.nameNb, input.nameEn]);
  const roles = await loadRoles(em, input.roleIds);
  const [max]: Array<{ last: number | null }> = await em.query('SELECT MAX(sort_order) AS last FROM training_type');
  const last = max?.last ?? null;
  const saved = await em.save(em.create(TrainingType, {
    key: null, nameNb: input.nameNb, nameEn: input.nameEn, descriptionNb: input.descriptionNb,
    descriptionEn: input.descriptionEn, validityMonths: input.validityMonths, requiredForAll: input.requiredForAll,
    sortOrder: last === null ? 0 : Number(last) + 1, roles, links: JSON.stringify(input.links),
  }));
  return typeDto(em, saved.id);
}

export async function updateTrainingType(em: EntityManager, input: InputOf<'trainingTypes.update'>): Promise<TrainingTypeDto> {
  const type = await em.findOne(TrainingType, { where: { id: input.id }, relations: { roles: true } });
  if (!type) throw notFound('trainingType', input.id);
  const names = [input.nameNb, input.nameEn].filter((n): n is string => n !== undefined);
  if (names.length) await assertNamesFree(em, names, type.id);
  if (input.roleIds !== undefined) type.roles = await loadRoles(em, input.roleIds);
  if (input.nameNb !== undefined) type.nameNb = input.nameNb;
  if (input.nameEn !== undefined) type.nameEn = input.nameEn;
  if (input.descriptionNb !== undefined) type.descriptionNb = input.descriptionNb;
  if (input.descriptionEn !== undefined) type.descriptionEn = input.descriptionEn;
  const validityChanged = input.validityMonths !== undefined && input.validityMonths !== type.validityMonths;
  if (input.validityMonths !== undefined) type.validityMonths = input.validityMonths;
  if (input.requiredForAll !== undefined) type.requiredForAll = input.requiredForAll;
  if (input.links !== undefined) type.links = JSON.stringify(input.links);
  await em.save(type);
  // How long its attendance counts decides its attendees' stored spans.
  if (validityChanged) await refreshTypeState(em, type.id);
  return typeDto(em, type.id);
}

/** Only a type without sessions can go: attendance history must keep naming its type. */
export async function deleteTrainingType(em: EntityManager, id: number): Promise<{ id: number }> {
  const type = await em.findOneBy(TrainingType, { id });
  if (!type) throw notFound('trainingType', id);
  const sessions = await em.countBy(TrainingSession, { typeId: id });
  if (sessions > 0) {
    throw new AppError('TRAINING_TYPE_IN_USE', `Training type ${type.nameEn} has ${sessions} sessions`, {
      name: type.nameNb, nameEn: type.nameEn, sessions,
    });
  }
  // The role links go with the type (ON DELETE CASCADE).
  await em.delete(TrainingType, { id });
  return { id };
}
