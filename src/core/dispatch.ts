import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../shared/contract';
import { isReadMethod } from '../shared/method-names';
import { INPUT_RULES } from '../shared/schemas';
import type { Envelope } from '../shared/errors';
import { AppError } from './errors';
import type { Handlers } from './handlers-type';
import { takenError } from './unique-errors';
import { createSerial, type Serial } from './serial';
import { isUnavailable } from './db/unavailable';
import { LOCAL_OWNER, runInCall, type CallInfo, type Caller, type Guard } from './call-context';
import { narrowResult } from './access/read-filters';
import { ACCESS, isPublicMethod } from '../shared/access';
import type { Auditor } from './audit/record';

/**
 * `caller` is who makes the call; the local owner when a shell passes none (the solo desktop).
 * `signal` is aborted when the caller no longer wants the answer (see `notWanted`).
 */
export type Dispatch = (method: unknown, input: unknown, caller?: Caller, signal?: AbortSignal) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /** Called with unexpected errors, which never reach the caller with their stack. */
  onInternalError?: (method: string, err: unknown) => void;
  /** Turns a database refusal (SQLite's read-only or corrupt error) into its domain error; see db/refusal.ts. */
  refusal?: (err: unknown) => AppError | null;
  /** Checks a signed-in user's access to the call; null for the local owner, who may do everything. */
  guard?: Guard;
  /** Records every write call in the audit trail, in the call's transaction (audit/record.ts). */
  audit?: Auditor;
}

/**
 * Methods that skip the queue. A report job's status, cancel and result answer from
 * memory, so a progress poll is not stuck behind the export it asks about. The
 * imports read and parse the uploaded file first (the slow, CPU-bound part, capped by
 * transfer/limits.ts) and take the queue themselves only for the database work.
 */
const UNQUEUED: ReadonlySet<string> = new Set([
  'reports.status', 'reports.cancel', 'reports.result',
  'units.importPreview', 'units.import', 'people.importPreview', 'people.import', 'feedback.importPreview', 'feedback.import',
  'usage.importPreview', 'usage.import',
]);

/**
 * The one way into the core: validates the method name and input against the
 * contract, runs the handler, and wraps the outcome in an envelope. Each call runs
 * through `serial`, apart from UNQUEUED ones: on SQLite writes one at a time and reads
 * each on a reader beside them (db/read-connections.ts), on PostgreSQL each as its own
 * transaction (db/call-transactions.ts).
 */
export function createDispatcher(handlers: Handlers, options: DispatchOptions = {}, serial: Serial = createSerial()): Dispatch {
  return (method, input, caller = LOCAL_OWNER, signal) => invoke(handlers, method, input, caller, options, serial, signal);
}

/**
 * A read whose caller has gone (a screen left, a newer search, a closed connection) is
 * dropped when its turn comes instead of run: a stale read waiting for one of SQLite's
 * readers does not take it from the calls behind it. A write, once sent, is carried out all the same.
 * Work already running is not interrupted; report jobs have their own cancel.
 */
function notWanted(method: MethodName, signal: AbortSignal | undefined): AppError | null {
  return signal?.aborted && isReadMethod(method) ? new AppError('CANCELLED', `${method} was cancelled`, { method }) : null;
}

async function invoke(
  handlers: Handlers, method: unknown, input: unknown, caller: Caller, options: DispatchOptions, serial: Serial, signal?: AbortSignal,
): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) {
    return fail('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 100)}`, { method: String(method).slice(0, 100) });
  }
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code }));
    return fail('INVALID_INPUT', `Invalid input for ${method}`, { method, issues, ...ruleContext(parsed.error.issues, input) });
  }
  // A team server's caller without a session may only sign in; everyone else is checked by the guard.
  if (!caller.local && caller.userId === null && !isPublicMethod(method)) {
    return fail('UNAUTHENTICATED', 'Sign in first', { method });
  }
  try {
    // Looked up in the turn: a restore before it rebuilds the handlers around the new file.
    const handler = (input: unknown) => (handlers[method] as (input: unknown) => Promise<unknown>)(input);
    const input = parsed.data as Record<string, unknown>;
    const guard = caller.local || !options.guard ? null : options.guard;
    // The check reads the user's roles and the rows the call names, in the call's own
    // turn or transaction, so it sees the data the handler will change.
    const run = () => {
      const dropped = notWanted(method, signal);
      if (dropped) throw dropped;
      const info: CallInfo = { method, caller, scope: null };
      return runInCall(info, async () => {
        const scope = guard ? await guard(method, input, caller) : null;
        // The handlers of organization-wide lists read it (visibleUnits) to compute over the scope.
        info.scope = scope;
        const value = await handler(input);
        return scope ? narrowResult(method, value, scope) : value;
      });
    };
    // The handler runs inside the turn (SQLite) or the call's transaction (PostgreSQL),
    // so a failure rolls the whole call back there; validation needs neither.
    // The unqueued calls take the queue themselves; a signed-in user's check reads in a turn of its own first.
    if (UNQUEUED.has(method) && guard && ACCESS[method].need !== 'public') {
      await serial(() => runInCall({ method, caller }, () => guard(method, input, caller)), 'read');
    }
    // Every write goes through the auditor, the one place the audit trail is written.
    const audit = isReadMethod(method) ? undefined : options.audit;
    const call = { method, input, caller };
    const unqueued = () => runInCall({ method, caller }, () => handler(input));
    const value = UNQUEUED.has(method)
      ? await (audit ? audit.deferred(call, unqueued) : unqueued())
      : await serial(audit ? () => audit.within(call, run) : run, isReadMethod(method) ? 'read' : 'write');
    return { ok: true, value };
  } catch (err) {
    if (err instanceof AppError) return fail(err.code, err.message, err.details);
    const taken = takenError(err, parsed.data);
    if (taken) return fail(taken.code, taken.message, taken.details);
    const refused = options.refusal?.(err);
    if (refused) return fail(refused.code, refused.message, refused.details);
    // The raw SQLite text goes to the log; the caller gets a translated BUSY.
    options.onInternalError?.(method, err);
    if (isBusy(err)) return fail('BUSY', 'Another program is writing to this database', { method });
    if (isUnavailable(err)) return fail('DB_UNAVAILABLE', 'The database server cannot be reached', { method });
    return fail('INTERNAL', 'Internal error', { method });
  }
}

const RULE_CONTEXTS: ReadonlyMap<string, string> = new Map(Object.entries(INPUT_RULES).map(([context, message]) => [message, context]));

/**
 * When a named rule (a lone surrogate, a year outside the range) refused the input,
 * the context picks its own translated sentence, with the field and the value it refused.
 */
function ruleContext(issues: readonly z.core.$ZodIssue[], input: unknown): Record<string, unknown> {
  for (const issue of issues) {
    const context = RULE_CONTEXTS.get(issue.message);
    if (context === undefined) continue;
    const value = issue.path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), input);
    // A lone surrogate cannot be shown (or sent as JSON) as it is; its code unit can.
    const shown = typeof value === 'string' ? value.slice(0, 100).replace(/\p{Cs}/gu, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase()}`) : String(value);
    return { context, field: issue.path.join('.'), value: shown };
  }
  return {};
}

function fail(code: AppError['code'], message: string, details?: Record<string, unknown>): Envelope<never> {
  return details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };
}

/** SQLITE_BUSY / SQLITE_LOCKED: another connection held the lock past busy_timeout. */
function isBusy(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || /SQLITE_(BUSY|LOCKED)/.test(err.message);
}
