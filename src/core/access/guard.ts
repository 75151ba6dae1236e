// The dispatcher's guard for signed-in users: resolve the user's scope, check the call
// against the contract's access table, and hand the scope on for narrowing the result.
import type { DataSource, EntityManager } from 'typeorm';
import { ACCESS } from '../../shared/access';
import { osloDate } from '../../shared/dates';
import type { Guard } from '../call-context';
import { checkAccess } from './check';
import { resolveScope } from './scope';
import { AppError } from '../errors';

async function accountOf(em: EntityManager, userId: number): Promise<{ admin: boolean } | null> {
  const rows: Array<{ admin: boolean | number }> = await em.query(`SELECT is_admin AS admin FROM user_account WHERE id = ? AND active = ?`, [userId, true]);
  return rows[0] ? { admin: Boolean(rows[0].admin) } : null;
}

export function createGuard(ds: () => DataSource, now: () => Date): Guard {
  return async (method, input, caller) => {
    const need = ACCESS[method].need;
    if (need === 'public') return null;
    const em = ds().manager;
    // The account is read in the call's own turn: closing it takes effect on the next call.
    const account = caller.userId === null ? null : await accountOf(em, caller.userId);
    if (!account) throw new AppError('UNAUTHENTICATED', 'The account is closed or gone', { method });
    if (need === 'signed_in') return null;
    const scope = await resolveScope(em, caller.personId, osloDate(now()), account.admin);
    await checkAccess(em, method, input, scope);
    return scope;
  };
}
