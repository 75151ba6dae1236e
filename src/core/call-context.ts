// Who is making the call the dispatcher is running, found anywhere inside it (the audit
// trail, access checks, "changed by") without threading it through every service.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MethodName } from '../shared/method-names';
import type { Scope } from './access/scope';

/** The one making a call. */
export interface Caller {
  /** The signed-in account on a team server; null for the solo desktop's local owner and the CLI on the machine. */
  userId: number | null;
  /** The person in the People register the account belongs to, if any. */
  personId: number | null;
  /** The solo desktop (or the CLI on the database's own machine): the local owner, who may do everything. */
  local: boolean;
  /** The team server's session the call came with (sign-out ends it; a new sign-in replaces it). */
  sessionId?: number | null;
  /** The client's address, for the sign-in limits; never stored. */
  address?: string | null;
  /** The client as it names itself (User-Agent), trimmed: the label of a new session. */
  device?: string;
}

/** The solo desktop and the CLI: the local owner, with no account. */
export const LOCAL_OWNER: Caller = Object.freeze({ userId: null, personId: null, local: true });

export interface CallInfo {
  method: string;
  caller: Caller;
  /** The signed-in user's scope, set by the guard before the handler runs; null for the local owner. */
  scope?: Scope | null;
}

/** Who may do what in a call: resolved from the caller once per call (src/core/access). */
export type Guard = (method: MethodName, input: Record<string, unknown>, caller: Caller) => Promise<Scope | null>;

const calls = new AsyncLocalStorage<CallInfo>();

export function runInCall<T>(info: CallInfo, work: () => Promise<T>): Promise<T> {
  return calls.run(info, work);
}

/** The call being dispatched, or undefined outside one (a migration, a test calling a service). */
export function currentCall(): CallInfo | undefined {
  return calls.getStore();
}

/**
 * The units the call's user may read, for the organization-wide lists that compute over
 * them (access/read-filters.ts SCOPED_AGGREGATES); null when everything is in reach.
 */
export function visibleUnits(): ReadonlySet<number> | null {
  const scope = calls.getStore()?.scope;
  return scope && !scope.national ? scope.readable : null;
}

/**
 * Unit ids for an aggregate: the ones given (every unit when none are) narrowed to the
 * call's scope, so the figures are the scope's own; undefined when nothing narrows them.
 */
export function inScope(unitIds?: readonly number[]): number[] | undefined {
  const visible = visibleUnits();
  if (!visible) return unitIds ? [...unitIds] : undefined;
  return unitIds ? unitIds.filter((id) => visible.has(id)) : [...visible];
}

/** The units the call's user may export from; null when everything is in reach. */
export function exportableUnits(): ReadonlySet<number> | null {
  const scope = calls.getStore()?.scope;
  return scope && !(scope.national && scope.exportable.size === scope.readable.size) ? scope.exportable : null;
}
