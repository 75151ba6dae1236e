// The dispatcher's guard for signed-in users: resolve the user's scope, check the call
// against the contract's access table, and hand the scope on for narrowing the result.
import type { DataSource } from 'typeorm';
import { ACCESS } from '../../shared/access';
import { osloDate } from '../../shared/dates';
import type { Guard } from '../call-context';
import { checkAccess } from './check';
import { resolveScope } from './scope';

export function createGuard(ds: () => DataSource, now: () => Date): Guard {
  return async (method, input, caller) => {
    if (ACCESS[method].need === 'signed_in') return null;
    const em = ds().manager;
    const scope = await resolveScope(em, caller.personId, osloDate(now()));
    await checkAccess(em, method, input, scope);
    return scope;
  };
}
