import { contract, isMethodName } from '../shared/contract';
import type { Envelope } from '../shared/errors';
import { AppError } from './errors';
import type { Handlers } from './handlers-type';
import { createSerial, type Serial } from './serial';

export type Dispatch = (method: unknown, input: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /** Called with unexpected errors, which never reach the caller with their stack. */
  onInternalError?: (method: string, err: unknown) => void;
}

/**
 * Methods that answer from memory (a report job's status, cancel and result):
 * they skip the queue so a progress poll is not stuck behind the export it asks about.
 */
const UNQUEUED: ReadonlySet<string> = new Set(['reports.status', 'reports.cancel', 'reports.result']);

/**
 * The one way into the core: validates the method name and input against the
 * contract, runs the handler, and wraps the outcome in an envelope. Calls run
 * one at a time through `serial` (see serial.ts), apart from UNQUEUED ones.
 */
export function createDispatcher(handlers: Handlers, options: DispatchOptions = {}, serial: Serial = createSerial()): Dispatch {
  return (method, input) => (typeof method === 'string' && UNQUEUED.has(method)
    ? invoke(handlers, method, input, options)
    : serial(() => invoke(handlers, method, input, options)));
}

async function invoke(handlers: Handlers, method: unknown, input: unknown, options: DispatchOptions): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) {
    return fail('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 100)}`, { method: String(method).slice(0, 100) });
  }
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code }));
    return fail('INVALID_INPUT', `Invalid input for ${method}`, { method, issues });
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof AppError) return fail(err.code, err.message, err.details);
    // The raw SQLite text goes to the log; the caller gets a translated BUSY.
    options.onInternalError?.(method, err);
    if (isBusy(err)) return fail('BUSY', 'Another program is writing to this database', { method });
    return fail('INTERNAL', 'Internal error', { method });
  }
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
