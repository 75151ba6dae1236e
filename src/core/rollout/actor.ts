// Who made a change, for the activity log: the name set in the settings, else
// the operating system's user name. The app has no logins, so this is the best
// honest answer to "who changed it".
import { userInfo } from 'node:os';
import type { EntityManager } from 'typeorm';
import { osloDate } from '../ownership/dates';
import { getSettings } from '../services/settings';

const FALLBACK_ACTOR = 'forankring';

export async function resolveActor(em: EntityManager): Promise<string> {
  const { actorName } = await getSettings(em);
  if (actorName.trim()) return actorName.trim().slice(0, 100);
  try {
    return userInfo().username.slice(0, 100) || FALLBACK_ACTOR;
  } catch {
    // userInfo() throws when the account has no passwd entry (some containers).
    return FALLBACK_ACTOR;
  }
}

/** One change's who and when, taken once so every row it writes agrees. */
export interface Change {
  at: Date;
  actor: string;
  /** Europe/Oslo calendar date of `at`. */
  today: string;
}

export async function startChange(em: EntityManager, now: Date): Promise<Change> {
  return { at: now, actor: await resolveActor(em), today: osloDate(now) };
}
