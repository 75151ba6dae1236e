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
  const today = osloDate(now);
  const scope = await resolveScope(em, row.personId, today, Boolean(row.admin));
  const units: Me['units'] = await em.query(
    `SELECT u.id AS "unitId", u.code AS code, u.name AS name, r.name_nb AS "roleNb", r.name_en AS "roleEn"
       FROM assignment a JOIN unit u ON u.id = a.unit_id JOIN role r ON r.id = a.role_id
      WHERE a.person_id = ? AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?) AND u.archived = ?
      ORDER BY u.code, r.sort_order`,
    [row.personId, today, today, false],
  );
  return { userId: row.userId, personId: row.personId, name: row.name, email: row.email ?? '', admin: Boolean(row.admin), administers: scope.administer, national: scope.national, units };
}
