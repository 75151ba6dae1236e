import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { currentCall, LOCAL_OWNER } from '../call-context';
import { AppError } from '../errors';
import { loadMe } from './me';
import { accessReport, createGrant, endGrant } from './access-report';
import { osloDate } from '../../shared/dates';
import { signIn, acceptCode } from './sign-in';
import { listSessions, revokeSession } from './sessions';
import { deactivateUser, inviteUser, listUsers, reactivateUser, resetLink, setAdmin } from './users';

type AccountMethods =
  | 'auth.me' | 'auth.signIn' | 'auth.signOut' | 'auth.sessions' | 'auth.revokeSession' | 'auth.acceptCode'
  | 'users.list' | 'users.invite' | 'users.resetLink' | 'users.deactivate' | 'users.reactivate' | 'users.setAdmin'
  | 'users.access' | 'grants.create' | 'grants.end';

/** The caller of the call being dispatched; a signed-in user for the methods that need one. */
function caller() {
  return currentCall()?.caller ?? LOCAL_OWNER;
}

function signedInUser(): { userId: number; sessionId: number | null } {
  const c = caller();
  if (c.local || c.userId === null) throw new AppError('NO_ACCOUNTS', 'No account in this call');
  return { userId: c.userId, sessionId: c.sessionId ?? null };
}

export function accountHandlers({ ds, now, accounts }: CoreContext): HandlersFor<AccountMethods> {
  return {
    'auth.me': async () => {
      const c = caller();
      if (c.local) return { kind: 'local' };
      const me = c.userId === null ? null : await loadMe(ds.manager, c.userId, now());
      return me ? { kind: 'user', ...me } : { kind: 'anonymous' };
    },
    'auth.signIn': async (input) => ds.transaction((em) => signIn(em, accounts, caller(), input, now())),
    'auth.acceptCode': async (input) => ds.transaction((em) => acceptCode(em, accounts, caller(), input, now())),
    'auth.signOut': async () => {
      const { userId, sessionId } = signedInUser();
      if (sessionId !== null) await revokeSession(ds.manager, userId, sessionId, now());
      return { signedOut: true };
    },
    'auth.sessions': async () => {
      signedInUser();
      return listSessions(ds.manager, caller(), now());
    },
    'auth.revokeSession': async ({ id }) => ({ revoked: await revokeSession(ds.manager, signedInUser().userId, id, now()) }),
    'users.list': async () => listUsers(ds.manager),
    'users.invite': async (input) => ds.transaction((em) => inviteUser(em, accounts, input, now())),
    'users.resetLink': async ({ userId }) => ds.transaction((em) => resetLink(em, accounts, userId, now())),
    'users.deactivate': async ({ userId }) => ds.transaction((em) => deactivateUser(em, userId, now())),
    'users.reactivate': async ({ userId }) => ds.transaction((em) => reactivateUser(em, userId)),
    'users.setAdmin': async ({ userId, admin }) => ds.transaction((em) => setAdmin(em, userId, admin)),
    'users.access': async ({ personId }) => accessReport(ds.manager, personId, osloDate(now())),
    'grants.create': async (input) => ds.transaction((em) => createGrant(em, osloDate(now()), input)),
    'grants.end': async ({ id }) => ds.transaction((em) => endGrant(em, osloDate(now()), id)),
  };
}
