import type { EntityManager } from 'typeorm';
import type { Me } from '../../shared/types-accounts';
import { osloDate } from '../../shared/dates';
import { resolveScope } from '../access/scope';

/** The signed-in user as the contract shows them; null when the account is gone or closed. */
export async function loadMe(em: EntityManager, userId: number, now: Date): Promise<Me | null> {
  const rows: Array<{ userId: number; personId: number; name: string; email: string | null; admin: boolean | number }> = await em.query(
    `SELECT u.id AS "userId", u.person_id AS "personId", p.name AS name, p.email AS email, u.is_admin AS admin
       FROM user_account u JOIN person p ON p.id = u.person_id
      WHERE u.id = ? AND u.active = ? AND p.erased_at IS NULL`,
    [userId, true],
  );
  const row = rows[0];
  if (!row) return null;
  const scope = await resolveScope(em, row.personId, osloDate(now), Boolean(row.admin));
  return { userId: row.userId, personId: row.personId, name: row.name, email: row.email ?? '', admin: Boolean(row.admin), administers: scope.administer };
}
