// The administrators' side: the user list, invitations and resets, closing and
// reopening accounts. A code is always returned for copying; with SMTP settings it is
// e-mailed too. Issuing a new code voids the account's older unused ones.
import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { AppError, notFound } from '../errors';
import { Person, UserAccount, UserToken } from '../db/entities';
import { getSettings } from '../services/settings';
import type { IssuedCode, UserRow } from '../../shared/types-accounts';
import type { AccountsRuntime } from './runtime';
import { digest, newSecret } from './secrets';
import { revokeAll } from './sessions';

const INVITE_MS = 7 * 24 * 3_600_000;
const RESET_MS = 3_600_000;

interface RawUser {
  userId: number;
  personId: number;
  name: string;
  email: string | null;
  admin: boolean | number;
  active: boolean | number;
  hash: string | null;
  lastSignInAt: Date | string | null;
  createdAt: Date | string;
}

const USER_COLUMNS = `u.id AS "userId", u.person_id AS "personId", p.name AS name, p.email AS email, u.is_admin AS admin,
  u.active AS active, u.password_hash AS hash, u.last_sign_in_at AS "lastSignInAt", u.created_at AS "createdAt"`;

function iso(value: Date | string | null): string | null {
  if (value === null) return null;
  return value instanceof Date ? value.toISOString() : new Date(`${value.replace(' ', 'T')}Z`).toISOString();
}

function toRow(r: RawUser): UserRow {
  return {
    userId: r.userId, personId: r.personId, name: r.name, email: r.email, admin: Boolean(r.admin),
    state: !r.active ? 'deactivated' : r.hash === null ? 'invited' : 'active',
    lastSignInAt: iso(r.lastSignInAt), createdAt: iso(r.createdAt) ?? '',
  };
}

export async function listUsers(em: EntityManager): Promise<UserRow[]> {
  const rows: RawUser[] = await em.query(`SELECT ${USER_COLUMNS} FROM user_account u JOIN person p ON p.id = u.person_id ORDER BY p.search_name, u.id`);
  return rows.map(toRow);
}

async function userRow(em: EntityManager, userId: number): Promise<UserRow> {
  const rows: RawUser[] = await em.query(`SELECT ${USER_COLUMNS} FROM user_account u JOIN person p ON p.id = u.person_id WHERE u.id = ?`, [userId]);
  const row = rows[0];
  if (!row) throw notFound('user', userId);
  return toRow(row);
}

async function issue(em: EntityManager, runtime: AccountsRuntime, user: UserRow, kind: 'invite' | 'reset', now: Date): Promise<IssuedCode> {
  if (!user.email) throw new AppError('EMAIL_REQUIRED', 'The person has no e-mail address', { name: user.name, field: 'email' });
  await em.update(UserToken, { userId: user.userId, usedAt: IsNull() }, { usedAt: now });
  const code = newSecret();
  const expiresAt = new Date(now.getTime() + (kind === 'invite' ? INVITE_MS : RESET_MS));
  await em.insert(UserToken, { userId: user.userId, kind, codeHash: digest(code), createdAt: now, expiresAt, usedAt: null });
  const base = runtime.publicUrl();
  const issued: IssuedCode = {
    userId: user.userId, kind, code, expiresAt: expiresAt.toISOString(), mailed: false,
    link: base === null ? null : `${base.replace(/\/+$/, '')}/#/${kind}/${code}`,
  };
  if (runtime.sendCode) {
    const settings = await getSettings(em);
    const roots: Array<{ name: string }> = await em.query(`SELECT name FROM unit WHERE parent_id IS NULL ORDER BY id`);
    // A mail server that is down must not cost the code: the administrator copies it instead.
    issued.mailed = await runtime.sendCode({ name: user.name, email: user.email }, issued, settings.language, roots[0]?.name ?? '')
      .then(() => true, () => false);
  }
  return issued;
}

export async function inviteUser(em: EntityManager, runtime: AccountsRuntime, input: { personId: number; admin: boolean }, now: Date): Promise<IssuedCode> {
  const person = await em.findOneBy(Person, { id: input.personId });
  if (!person) throw notFound('person', input.personId);
  if (person.erasedAt) throw new AppError('PERSON_ERASED', 'The person is erased', { id: person.id });
  if (!person.email) throw new AppError('EMAIL_REQUIRED', 'The person has no e-mail address', { name: person.name, field: 'email' });
  const existing = await em.findOneBy(UserAccount, { personId: person.id });
  if (existing && (existing.passwordHash !== null || !existing.active)) {
    throw new AppError('ACCOUNT_EXISTS', 'The person already has an account', { name: person.name });
  }
  // Inviting again before the first was accepted sends a new code (and voids the old one).
  const userId = existing?.id ?? (await em.save(UserAccount, em.create(UserAccount, { personId: person.id, passwordHash: null, isAdmin: input.admin }))).id;
  if (existing && existing.isAdmin !== input.admin) await em.update(UserAccount, { id: userId }, { isAdmin: input.admin });
  return issue(em, runtime, await userRow(em, userId), 'invite', now);
}

export async function resetLink(em: EntityManager, runtime: AccountsRuntime, userId: number, now: Date): Promise<IssuedCode> {
  const user = await userRow(em, userId);
  if (user.state === 'deactivated') throw new AppError('ACCOUNT_INACTIVE', 'The account is closed', { name: user.name });
  return issue(em, runtime, user, user.state === 'invited' ? 'invite' : 'reset', now);
}

async function refuseLastAdmin(em: EntityManager, user: UserRow): Promise<void> {
  if (!user.admin || user.state === 'deactivated') return;
  const rows: Array<{ n: number | string }> = await em.query(
    `SELECT COUNT(*) AS n FROM user_account WHERE is_admin = ? AND active = ? AND id <> ?`, [true, true, user.userId],
  );
  if (Number(rows[0]?.n ?? 0) === 0) throw new AppError('LAST_ADMIN', 'The last administrator account', { name: user.name });
}

/** Closes the account: its sessions end and its codes are void; the account and its history stay. */
export async function deactivateUser(em: EntityManager, userId: number, now: Date): Promise<UserRow> {
  const user = await userRow(em, userId);
  await refuseLastAdmin(em, user);
  await em.update(UserAccount, { id: userId }, { active: false, deactivatedAt: now });
  await revokeAll(em, userId, now);
  await em.update(UserToken, { userId, usedAt: IsNull() }, { usedAt: now });
  return userRow(em, userId);
}

export async function reactivateUser(em: EntityManager, userId: number): Promise<UserRow> {
  await userRow(em, userId);
  await em.update(UserAccount, { id: userId }, { active: true, deactivatedAt: null });
  return userRow(em, userId);
}

export async function setAdmin(em: EntityManager, userId: number, admin: boolean): Promise<UserRow> {
  const user = await userRow(em, userId);
  if (!admin) await refuseLastAdmin(em, user);
  await em.update(UserAccount, { id: userId }, { isAdmin: admin });
  return userRow(em, userId);
}

/** Erasing a person under data protection removes their account, sessions and codes with it. */
export async function eraseAccount(em: EntityManager, personId: number): Promise<void> {
  await em.delete(UserAccount, { personId });
}
