// The role catalog: editable roles with the level ranks where they apply and
// the minimum holders each unit there needs. Seeded by migration.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { RoleDto, RoleRequirementDto } from '../../shared/types-ownership';
import { Assignment, Role, RoleRequirement } from '../db/entities';
import { AppError, notFound } from '../errors';
import { searchKey } from '../text';
import { CURRENT_SQL, NOT_ENDED_SQL } from './assignments';

/** Ordered by sortOrder then id, requirements by level rank; with today's holder counts. */
export async function listRoles(em: EntityManager, today: string, onlyId?: number): Promise<RoleDto[]> {
  const roles = await em.find(Role, { where: onlyId === undefined ? {} : { id: onlyId }, order: { sortOrder: 'ASC', id: 'ASC' } });
  const requirements = await em.find(RoleRequirement, {
    where: onlyId === undefined ? {} : { roleId: onlyId },
    order: { levelRank: 'ASC' },
  });
  const counts: Array<{ roleId: number; n: number }> = await em.query(
    `SELECT a.role_id AS "roleId", COUNT(*) AS n FROM assignment a
     WHERE ${CURRENT_SQL} GROUP BY a.role_id`,
    [today, today],
  );
  const current = new Map(counts.map((c) => [c.roleId, Number(c.n)]));
  return roles.map((r) => ({
    id: r.id, key: r.key, nameNb: r.nameNb, nameEn: r.nameEn, descriptionNb: r.descriptionNb,
    descriptionEn: r.descriptionEn, board: r.board, accessLevel: r.accessLevel, canExport: r.canExport, sortOrder: r.sortOrder,
    requirements: requirements.filter((q) => q.roleId === r.id).map((q) => ({ levelRank: q.levelRank, minimum: q.minimum })),
    currentAssignments: current.get(r.id) ?? 0,
  }));
}

async function roleDto(em: EntityManager, today: string, id: number): Promise<RoleDto> {
  const [dto] = await listRoles(em, today, id);
  if (!dto) throw notFound('role', id);
  return dto;
}

/** A name may not repeat another role's name in either language (case-insensitive). */
async function assertNamesFree(em: EntityManager, names: string[], exceptId?: number): Promise<void> {
  const others = (await em.find(Role)).filter((r) => r.id !== exceptId);
  const taken = new Set(others.flatMap((r) => [searchKey(r.nameNb), searchKey(r.nameEn)]));
  const clash = names.find((n) => taken.has(searchKey(n)));
  if (clash !== undefined) throw new AppError('ROLE_NAME_TAKEN', `Role name ${clash} is taken`, { name: clash });
}

async function writeRequirements(em: EntityManager, roleId: number, list: RoleRequirementDto[]): Promise<void> {
  await em.delete(RoleRequirement, { roleId });
  if (list.length) await em.insert(RoleRequirement, list.map((r) => ({ roleId, levelRank: r.levelRank, minimum: r.minimum })));
}

export async function createRole(em: EntityManager, today: string, input: InputOf<'roles.create'>): Promise<RoleDto> {
  await assertNamesFree(em, [input.nameNb, input.nameEn]);
  const [max]: Array<{ last: number | null }> = await em.query('SELECT MAX(sort_order) AS last FROM role');
  const last = max?.last ?? null;
  const saved = await em.save(em.create(Role, {
    key: null, nameNb: input.nameNb, nameEn: input.nameEn, descriptionNb: input.descriptionNb,
    descriptionEn: input.descriptionEn, board: input.board, accessLevel: input.accessLevel, canExport: input.canExport, sortOrder: last === null ? 0 : Number(last) + 1,
  }));
  await writeRequirements(em, saved.id, input.requirements);
  return roleDto(em, today, saved.id);
}

function inUse(role: Role, assignments: number): AppError {
  return new AppError('ROLE_IN_USE', `Role ${role.nameEn} has ${assignments} assignments`, {
    name: role.nameNb, nameEn: role.nameEn, assignments,
  });
}

/**
 * A level rank may leave the role's requirements only when nobody holds the
 * role at that level: current holders and those starting later both count,
 * since either would be left holding a role the catalog no longer allows.
 */
async function assertRanksFree(em: EntityManager, role: Role, today: string, kept: RoleRequirementDto[]): Promise<void> {
  const keptRanks = new Set(kept.map((r) => r.levelRank));
  const byRank: Array<{ rank: number; n: number }> = await em.query(
    `SELECT l.rank AS rank, COUNT(*) AS n FROM assignment a
     JOIN unit u ON u.id = a.unit_id JOIN level l ON l.id = u.level_id
     WHERE a.role_id = ? AND ${NOT_ENDED_SQL} GROUP BY l.rank`,
    [role.id, today],
  );
  const blocked = byRank.filter((r) => !keptRanks.has(r.rank)).reduce((sum, r) => sum + Number(r.n), 0);
  if (blocked > 0) throw inUse(role, blocked);
}

export async function updateRole(em: EntityManager, today: string, input: InputOf<'roles.update'>): Promise<RoleDto> {
  const role = await em.findOneBy(Role, { id: input.id });
  if (!role) throw notFound('role', input.id);
  const names = [input.nameNb, input.nameEn].filter((n): n is string => n !== undefined);
  if (names.length) await assertNamesFree(em, names, role.id);
  if (input.nameNb !== undefined) role.nameNb = input.nameNb;
  if (input.nameEn !== undefined) role.nameEn = input.nameEn;
  if (input.descriptionNb !== undefined) role.descriptionNb = input.descriptionNb;
  if (input.descriptionEn !== undefined) role.descriptionEn = input.descriptionEn;
  if (input.board !== undefined) role.board = input.board;
  if (input.accessLevel !== undefined) role.accessLevel = input.accessLevel;
  if (input.canExport !== undefined) role.canExport = input.canExport;
  await em.save(role);
  if (input.requirements !== undefined) {
    await assertRanksFree(em, role, today, input.requirements);
    await writeRequirements(em, role.id, input.requirements);
  }
  return roleDto(em, today, role.id);
}

/** Only a role that was never assigned can go: history must keep naming its roles. */
export async function deleteRole(em: EntityManager, id: number): Promise<{ id: number }> {
  const role = await em.findOneBy(Role, { id });
  if (!role) throw notFound('role', id);
  const assignments = await em.countBy(Assignment, { roleId: id });
  if (assignments > 0) throw inUse(role, assignments);
  await em.delete(RoleRequirement, { roleId: id });
  await em.delete(Role, { id });
  return { id };
}
