import { contract, isMethodName } from '../shared/contract';
import type { Envelope } from '../shared/errors';
import { AppError } from './errors';
import type { Handlers } from './handlers-type';

export type Dispatch = (method: unknown, input: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /** Called with unexpected errors, which never reach the caller with their stack. */
  onInternalError?: (method: string, err: unknown) => void;
}

/**
 * The one way into the core: validates the method name and input against the
 * contract, runs the handler, and wraps the outcome in an envelope. Calls run
 * one at a time, because SQLite has one writer and TypeORM's sqlite driver one
 * connection: overlapping transactions would fail rather than wait.
 */
export function createDispatcher(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  let queue: Promise<unknown> = Promise.resolve();
  return (method, input) => {
    const run = queue.then(() => invoke(handlers, method, input, options));
    queue = run.catch(() => undefined);
    return run;
  };
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
    options.onInternalError?.(method, err);
    return fail('INTERNAL', 'Internal error', { method });
  }
}

function fail(code: AppError['code'], message: string, details?: Record<string, unknown>): Envelope<never> {
  return details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };
}
