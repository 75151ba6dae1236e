// Signed-in devices. A session is a random token the client keeps (in an HttpOnly
// cookie on the web) and the server knows only by its SHA-256. It ends at sign-out,
// when revoked, after IDLE_MS without a call, or at ABSOLUTE_MS after sign-in,
// whichever comes first; deactivating the account ends all of them.
import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { UserSession } from '../db/entities';
import type { Caller } from '../call-context';
import type { SessionRow } from '../../shared/types-accounts';
import { digest, newSecret } from './secrets';

export const IDLE_MS = 12 * 3_600_000;
export const ABSOLUTE_MS = 30 * 24 * 3_600_000;
/** last_used_at is written at most this often: a session's every call need not be a write. */
const TOUCH_MS = 5 * 60_000;

export async function openSession(em: EntityManager, userId: number, device: string, now: Date): Promise<{ id: number; token: string; expiresAt: Date }> {
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + ABSOLUTE_MS);
  const saved = await em.save(UserSession, em.create(UserSession, {
    userId, tokenHash: digest(token), device: device.slice(0, 120), createdAt: now, lastUsedAt: now, expiresAt, revokedAt: null,
  }));
  return { id: saved.id, token, expiresAt };
}

export interface SessionOwner {
  sessionId: number;
  userId: number;
  personId: number;
  /** Whether last_used_at is old enough to be written now. */
  stale: boolean;
}

/** The session a token belongs to, if it is live and its account active; null otherwise. */
export async function findSession(em: EntityManager, token: string, now: Date): Promise<SessionOwner | null> {
  const rows: Array<{ sessionId: number; userId: number; personId: number; lastUsedAt: Date | string; expiresAt: Date | string }> = await em.query(
    `SELECT s.id AS "sessionId", s.user_id AS "userId", u.person_id AS "personId", s.last_used_at AS "lastUsedAt", s.expires_at AS "expiresAt"
       FROM user_session s JOIN user_account u ON u.id = s.user_id
      WHERE s.token_hash = ? AND s.revoked_at IS NULL AND u.active = ?`,
    [digest(token), true],
  );
  const row = rows[0];
  if (!row) return null;
  const lastUsed = instant(row.lastUsedAt);
  const t = now.getTime();
  if (instant(row.expiresAt) <= t || lastUsed + IDLE_MS <= t) return null;
  return { sessionId: row.sessionId, userId: row.userId, personId: row.personId, stale: lastUsed + TOUCH_MS <= t };
}

/** SQLite hands datetime columns to raw queries as text in UTC; PostgreSQL as Date. */
function instant(value: Date | string): number {
  return value instanceof Date ? value.getTime() : Date.parse(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
}

export async function touchSession(em: EntityManager, sessionId: number, now: Date): Promise<void> {
  await em.update(UserSession, { id: sessionId }, { lastUsedAt: now });
}

export async function listSessions(em: EntityManager, caller: Caller, now: Date): Promise<SessionRow[]> {
  const rows = await em.find(UserSession, { where: { userId: caller.userId ?? -1, revokedAt: IsNull() }, order: { lastUsedAt: 'DESC' } });
  const t = now.getTime();
  return rows
    .filter((s) => s.expiresAt.getTime() > t && s.lastUsedAt.getTime() + IDLE_MS > t)
    .map((s) => ({
      id: s.id,
      device: s.device,
      createdAt: s.createdAt.toISOString(),
      lastUsedAt: s.lastUsedAt.toISOString(),
      expiresAt: new Date(Math.min(s.expiresAt.getTime(), s.lastUsedAt.getTime() + IDLE_MS)).toISOString(),
      current: s.id === caller.sessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the caller's own sessions; another user's is "not there". */
export async function revokeSession(em: EntityManager, userId: number, sessionId: number, now: Date): Promise<boolean> {
  const result = await em.update(UserSession, { id: sessionId, userId, revokedAt: IsNull() }, { revokedAt: now });
  return (result.affected ?? 0) > 0;
}

export async function revokeAll(em: EntityManager, userId: number, now: Date): Promise<void> {
  await em.update(UserSession, { userId, revokedAt: IsNull() }, { revokedAt: now });
}
