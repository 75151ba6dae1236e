// A PostgreSQL server that is down, restarting or unreachable. The call fails whole
// (its transaction never committed) with DB_UNAVAILABLE; the pool opens fresh
// connections for the next call, so the server recovers by itself once PostgreSQL is back.

// Class 08 (connection exception) and 57P01-57P03 (shut down, crash shutdown, cannot connect now).
const SQLSTATE = /^(08...|57P0[1-3])$/;
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
const MESSAGES = /Connection terminated|connection timeout|Client has encountered a connection error|terminating connection|not queryable|Client was closed|the database system is (starting up|shutting down|in recovery mode)/i;
// A transaction whose connection broke between its queries: TypeORM then reports the transaction, not the connection.
const BROKEN_RUNNER = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError', 'TransactionNotStartedError']);

export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  // TypeORM releases a runner whose connection broke; the call's next query then meets this.
  if (BROKEN_RUNNER.has(err.name)) return true;
  // pg and TypeORM sometimes wrap the broken connection (AggregateError, or the error's cause).
  if (err instanceof AggregateError && err.errors.some(isUnavailable)) return true;
  if (err.cause instanceof Error && err.cause !== err && isUnavailable(err.cause)) return true;
  const driver = (err as { driverError?: unknown }).driverError;
  for (const e of [err, driver]) {
    const code = (e as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string' && (SQLSTATE.test(code) || NODE_CODES.has(code))) return true;
  }
  return MESSAGES.test(err.message) || (driver instanceof Error && MESSAGES.test(driver.message));
}
