// The one rule that tells a broken PostgreSQL connection from a bug (db/unavailable.ts), over
// the errors pg and TypeORM really raise while a server restarts (seen in faults-pg.test.ts).
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError, TransactionNotStartedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { isUnavailable } from '../../../src/core/db/unavailable';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('a broken connection', () => {
  it('is told by SQLSTATE, node code, message, a released runner, or a cause that is one', () => {
    const broken = [
      new QueryFailedError('INSERT', [], pgError('57P01', 'terminating connection due to administrator command')),
      pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      new Error('Connection terminated unexpectedly'),
      new QueryRunnerAlreadyReleasedError(),
      new QueryRunnerProviderAlreadyReleasedError(),
      new TransactionNotStartedError(),
      new Error('wrapped', { cause: pgError('08006', 'connection failure') }),
      new AggregateError([new Error('x'), pgError('ECONNRESET', 'read ECONNRESET')]),
    ];
    for (const err of broken) expect(isUnavailable(err), err.message).toBe(true);
  });

  it('is not a unique violation, a syntax error or a plain bug', () => {
    for (const err of [pgError('23505', 'duplicate key value'), pgError('42601', 'syntax error'), new TypeError('x is undefined'), 'text']) {
      expect(isUnavailable(err)).toBe(false);
    }
  });
});
