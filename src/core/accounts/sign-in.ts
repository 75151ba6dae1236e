// Signing in, and setting a password from a one-time code. Every refusal of a sign-in
// is the same SIGN_IN_REFUSED, whether the e-mail is unknown, the password wrong or the
// account closed, and takes as long (the dummy hash in secrets.ts). The limits count
// the e-mail as typed, so a lock says nothing about whether it exists either.
import type { EntityManager } from 'typeorm';
import { AppError } from '../errors';
import type { Caller } from '../call-context';
import { UserAccount, UserToken } from '../db/entities';
import type { SignedIn } from '../../shared/types-accounts';
import type { AccountsRuntime } from './runtime';
import { loadMe } from './me';
import { checkPassword, digest, hashPassword, passwordMatches } from './secrets';
import { openSession, revokeAll, revokeSession } from './sessions';

function noAccounts(caller: Caller): void {
  if (caller.local) throw new AppError('NO_ACCOUNTS', 'The solo desktop has no accounts');
}

function refuseIfLocked(runtime: AccountsRuntime, keys: { email?: string; address: string }, now: number): void {
  const wait = Math.max(
    keys.email === undefined ? 0 : runtime.limits.email.lockedFor(keys.email, now),
    runtime.limits.address.lockedFor(keys.address, now),
  );
  if (wait > 0) throw new AppError('SIGN_IN_LOCKED', 'Too many failed attempts', { minutes: Math.ceil(wait / 60_000) });
}

async function signedIn(em: EntityManager, userId: number, caller: Caller, now: Date): Promise<SignedIn> {
  // A session the client already had is not carried over: a new sign-in gets a new token (no fixation).
  if (caller.sessionId != null) await revokeSession(em, userId, caller.sessionId, now);
  const session = await openSession(em, userId, caller.device ?? '', now);
  await em.update(UserAccount, { id: userId }, { lastSignInAt: now });
  const me = await loadMe(em, userId, now);
  if (!me) throw new AppError('SIGN_IN_REFUSED', 'Sign-in refused');
  return { me, token: session.token, expiresAt: session.expiresAt.toISOString() };
}

export async function signIn(em: EntityManager, runtime: AccountsRuntime, caller: Caller, input: { email: string; password: string }, now: Date): Promise<SignedIn> {
  noAccounts(caller);
  const address = caller.address ?? 'unknown';
  const email = input.email.trim().toLowerCase();
  refuseIfLocked(runtime, { email, address }, now.getTime());
  const rows: Array<{ id: number; hash: string | null }> = await em.query(
    `SELECT u.id AS id, u.password_hash AS hash FROM user_account u JOIN person p ON p.id = u.person_id
      WHERE p.email = ? AND u.active = ? AND p.erased_at IS NULL`,
    [email, true],
  );
  const account = rows.length === 1 ? rows[0] : undefined;
  if (!(await passwordMatches(account?.hash ?? null, input.password)) || !account) {
    runtime.limits.email.fail(email, now.getTime());
    runtime.limits.address.fail(address, now.getTime());
    throw new AppError('SIGN_IN_REFUSED', 'Sign-in refused');
  }
  runtime.limits.email.clear(email);
  return signedIn(em, account.id, caller, now);
}

/** An invitation or reset code and a new password: sets it, ends the account's other sessions and signs in. */
export async function acceptCode(em: EntityManager, runtime: AccountsRuntime, caller: Caller, input: { code: string; password: string }, now: Date): Promise<SignedIn> {
  noAccounts(caller);
  const address = caller.address ?? 'unknown';
  refuseIfLocked(runtime, { address }, now.getTime());
  const token = await em.findOneBy(UserToken, { codeHash: digest(input.code.trim()) });
  const me = token ? await loadMe(em, token.userId, now) : null;
  if (!token || !me || token.usedAt !== null || token.expiresAt.getTime() <= now.getTime()) {
    // A guessed code counts like a wrong password, against the address.
    runtime.limits.address.fail(address, now.getTime());
    throw new AppError('CODE_INVALID', 'The code is invalid, used or expired', { field: 'code' });
  }
  checkPassword(input.password, me.email);
  await em.update(UserAccount, { id: token.userId }, { passwordHash: await hashPassword(input.password) });
  await em.update(UserToken, { id: token.id }, { usedAt: now });
  await revokeAll(em, token.userId, now);
  return signedIn(em, token.userId, { ...caller, sessionId: null }, now);
}
