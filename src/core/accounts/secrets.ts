// The account secrets: argon2id for passwords (@node-rs/argon2 at OWASP's settings), and
// random 256-bit tokens stored only as their SHA-256, for sessions and one-time codes.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../shared/contract-accounts';
import { AppError } from '../errors';

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane. */
// 2 is Algorithm.Argon2id, a const enum that isolated modules cannot import.
const ARGON2: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

let dummy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without one (unknown e-mail, invitation not
 * accepted) it still checks against a dummy hash, so the answer takes as long either way.
 */
export async function passwordMatches(stored: string | null, password: string): Promise<boolean> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  const against = stored ?? (await dummy);
  const matches = await verify(against, password).catch(() => false);
  return stored !== null && matches;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Length only (NIST SP 800-63B), and not the e-mail address itself. */
export function checkPassword(password: string, email: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX || password.trim().toLowerCase() === email.toLowerCase()) {
    throw new AppError('PASSWORD_RULES', 'The password breaks the rules', { min: PASSWORD_MIN, max: PASSWORD_MAX, field: 'password' });
  }
}
