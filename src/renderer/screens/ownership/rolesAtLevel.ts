import type { RoleDto } from '../../../shared/types-ownership';

/** The roles the catalog allows at a level rank (minimum 0 included: allowed, not required). */
export function rolesAtLevel(roles: readonly RoleDto[], levelRank: number): RoleDto[] {
  return roles.filter((role) => role.requirements.some((r) => r.levelRank === levelRank));
}
