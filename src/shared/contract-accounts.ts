// Contract entries for accounts on a team server: signing in and out, one's own
// devices, and the administrators' user list with invitations and resets. The solo
// desktop has no accounts: there auth.me answers "local" and the rest is refused.
import { z } from 'zod';
import { empty, method } from './method-spec';
import { idSchema, text } from './schemas';
import type { AccessReport, IssuedCode, SessionRow, SignedIn, UserRow, WhoAmI } from './types-accounts';
import { ACCESS_LEVELS } from './access';
import { isoDateSchema } from './method-spec';

/** NIST SP 800-63B and OWASP: length, not composition rules. Checked in the core, with a translated error. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const password = text().max(1000);
const email = text().trim().toLowerCase().max(254);
/** A one-time code as issued: 43 base64url characters (32 random bytes). */
const code = text().trim().min(1).max(200);

export const accountMethods = {
  'auth.me': method<WhoAmI>()(empty),
  'auth.signIn': method<SignedIn>()(z.object({ email, password }).strict(), ['SIGN_IN_REFUSED', 'SIGN_IN_LOCKED', 'NO_ACCOUNTS']),
  'auth.signOut': method<{ signedOut: true }>()(empty, ['NO_ACCOUNTS']),
  'auth.sessions': method<SessionRow[]>()(empty, ['NO_ACCOUNTS']),
  'auth.revokeSession': method<{ revoked: boolean }>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND', 'NO_ACCOUNTS']),
  'auth.acceptCode': method<SignedIn>()(z.object({ code, password }).strict(), ['CODE_INVALID', 'PASSWORD_RULES', 'SIGN_IN_LOCKED', 'NO_ACCOUNTS']),
  'users.list': method<UserRow[]>()(empty),
  'users.invite': method<IssuedCode>()(z.object({ personId: idSchema, admin: z.boolean().default(false) }).strict(), ['NOT_FOUND', 'EMAIL_REQUIRED', 'PERSON_ERASED', 'ACCOUNT_EXISTS']),
  'users.resetLink': method<IssuedCode>()(z.object({ userId: idSchema }).strict(), ['NOT_FOUND', 'EMAIL_REQUIRED', 'ACCOUNT_INACTIVE']),
  'users.deactivate': method<UserRow>()(z.object({ userId: idSchema }).strict(), ['NOT_FOUND', 'LAST_ADMIN']),
  'users.reactivate': method<UserRow>()(z.object({ userId: idSchema }).strict(), ['NOT_FOUND']),
  'users.setAdmin': method<UserRow>()(z.object({ userId: idSchema, admin: z.boolean() }).strict(), ['NOT_FOUND', 'LAST_ADMIN']),
  /** Who may see and do what, and why: a person's roles, grants and administrator flag. */
  'users.access': method<AccessReport>()(z.object({ personId: idSchema }).strict(), ['NOT_FOUND']),
  /** Access for staff who hold no role: a level over a unit and what is below it, between two dates. */
  'grants.create': method<{ grantId: number; report: AccessReport }>()(
    z.object({
      personId: idSchema,
      unitId: idSchema,
      level: z.enum(ACCESS_LEVELS),
      canExport: z.boolean().default(false),
      startDate: isoDateSchema,
      endDate: isoDateSchema.nullable().default(null),
      note: text().trim().max(200).default(''),
    }).strict(),
    ['NOT_FOUND', 'DATE_ORDER', 'PERSON_ERASED', 'UNIT_ARCHIVED'],
  ),
  /** Ends a grant today (it stays in the history); one that has not started is removed. */
  'grants.end': method<AccessReport>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),
};
