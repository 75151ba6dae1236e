// Accounts on a team server, as the contract shows them (src/core/accounts).

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
