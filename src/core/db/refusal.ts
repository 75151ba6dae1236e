// The one place a write that SQLite refused becomes a domain error, whatever
// entry point made it: a read-only file gives READ_ONLY, a damaged one DB_DAMAGED.
import type { DbState } from '../../shared/types-backup';
import { AppError } from '../errors';
import { sqliteCode } from './open-checks';

export function dbRefusal(err: unknown, state: DbState): AppError | null {
  const code = sqliteCode(err);
  if (code === 'SQLITE_CORRUPT' || (code === 'SQLITE_READONLY' && state.mode === 'damaged')) {
    return new AppError('DB_DAMAGED', 'The database file is damaged', {});
  }
  if (code === 'SQLITE_READONLY') {
    return new AppError('READ_ONLY', 'The database is open read-only', { reason: state.reason ?? 'file' });
  }
  return null;
}
