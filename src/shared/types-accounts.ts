// Accounts on a team server, as the contract shows them (src/core/accounts).
import type { AccessLevel } from './access';

/** Who is signed in, as auth.me and the sign-in methods answer. */
export interface Me {
  userId: number;
  personId: number;
  name: string;
  email: string;
  /** Administers the organization through the account itself (create-admin, or an administrator's choice). */
  admin: boolean;
  /** Administers today, through the account or a role (the system owner's): users, settings and catalogs. */
  administers: boolean;
  /** Reads the whole organization today; otherwise every figure covers the units in reach only. */
  national: boolean;
  /** The units where the person holds a role today, with the role: their own chapter first. */
  units: Array<{ unitId: number; code: string; name: string; roleNb: string; roleEn: string }>;
}

/** auth.me: the solo desktop's local owner, nobody, or a signed-in user. */
export type WhoAmI = { kind: 'local' } | { kind: 'anonymous' } | ({ kind: 'user' } & Me);

/**
 * What sign-in and accepting a code answer. `token` is the session's secret: the team
 * server puts it in an HttpOnly cookie and takes it out of the answer, so page scripts
 * never see it; a desktop or CLI client keeps it (src/host/sessions.ts).
 */
export interface SignedIn {
  me: Me;
  token?: string;
  /** ISO instant: the session's absolute end. */
  expiresAt: string;
}

export interface SessionRow {
  id: number;
  device: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  /** The session this call came with. */
  current: boolean;
}

export type AccountState = 'invited' | 'active' | 'deactivated';

export interface UserRow {
  userId: number;
  personId: number;
  name: string;
  email: string | null;
  admin: boolean;
  state: AccountState;
  lastSignInAt: string | null;
  createdAt: string;
}

/** An invitation or reset: the code to copy, and whether it also went out by e-mail. */
export interface IssuedCode {
  userId: number;
  kind: 'invite' | 'reset';
  code: string;
  /** The link to open, when the server knows its public address; else the code is typed in. */
  link: string | null;
  expiresAt: string;
  mailed: boolean;
}

/**
 * One reason a person has access: a role held at a unit, an explicit grant, or the
 * account's administrator flag. "superbruker i Herøy lokallag since 1 March".
 */
export interface AccessSource {
  kind: 'role' | 'grant' | 'admin';
  level: AccessLevel;
  canExport: boolean;
  /** The unit it holds over (with everything below it); null for the administrator flag. */
  unitId: number | null;
  unitCode: string | null;
  unitName: string | null;
  /** The role's name (kind 'role'); the grant's note (kind 'grant'). */
  roleNb: string | null;
  roleEn: string | null;
  note: string;
  /** Calendar dates; `until` exclusive, null when open-ended. */
  since: string | null;
  until: string | null;
  /** A grant's id, for ending it. */
  grantId: number | null;
}

export interface AccessReport {
  personId: number;
  name: string;
  /** Today's sources, then those that start later. */
  sources: AccessSource[];
  /** How many units the person may read and change today, over the tree. */
  readable: number;
  writable: number;
  exportable: number;
  administers: boolean;
}
