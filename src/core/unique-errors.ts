// A unique index that refuses a write (another process got there between the check
// and the insert, or a row the check could not see) answers with the *_TAKEN error
// the check would have given, never INTERNAL. The indexes are the rule; the checks
// in the services only give the error early and with the other holder's name.
import type { ErrorCode } from '../shared/errors';
import { AppError } from './errors';

interface Taken {
  code: ErrorCode;
  /** The input field holding the value the index refused. */
  field: string;
}

const NAME = (field: string): Taken => ({ code: 'NAME_TAKEN', field });

const BY_COLUMN: Readonly<Record<string, Taken>> = {
  'unit.code': { code: 'CODE_TAKEN', field: 'code' },
  'unit.code_key': { code: 'CODE_TAKEN', field: 'code' },
  'level.name': { code: 'LEVEL_NAME_TAKEN', field: 'name' },
  'level.name_key': { code: 'LEVEL_NAME_TAKEN', field: 'name' },
  'role.name_nb_key': { code: 'ROLE_NAME_TAKEN', field: 'nameNb' },
  'role.name_en_key': { code: 'ROLE_NAME_TAKEN', field: 'nameEn' },
  'wave.name': NAME('name'),
  'wave.name_key': NAME('name'),
  'stage.name_nb_key': NAME('nameNb'),
  'stage.name_en_key': NAME('nameEn'),
  'training_type.name_nb_key': NAME('nameNb'),
  'training_type.name_en_key': NAME('nameEn'),
  'problem.title_nb_key': NAME('titleNb'),
  'problem.title_en_key': NAME('titleEn'),
  'person.email': { code: 'EMAIL_TAKEN', field: 'email' },
};

const UNIQUE_FAILED = /UNIQUE constraint failed: (\w+)\.(\w+)/;
// PostgreSQL's unique_violation names the table and, in its detail, the key column.
const PG_KEY = /^Key \("?(\w+)"?\)=/;

/** 'table.column' of the unique index that refused a write, on either driver. */
function refusedColumn(err: unknown): string | null {
  if (!(err instanceof Error)) return null;
  const sqlite = UNIQUE_FAILED.exec(err.message);
  if (sqlite) return `${sqlite[1]}.${sqlite[2]}`;
  const pg = (err as { driverError?: { code?: unknown; table?: unknown; detail?: unknown } }).driverError;
  const column = pg?.code === '23505' && typeof pg.detail === 'string' ? PG_KEY.exec(pg.detail)?.[1] : undefined;
  return column !== undefined && typeof pg?.table === 'string' ? `${pg.table}.${column}` : null;
}

/** The *_TAKEN error for a unique-index failure on a name or code, or null for any other error. */
export function takenError(err: unknown, input: unknown): AppError | null {
  const column = refusedColumn(err);
  const taken = column === null ? undefined : BY_COLUMN[column];
  if (column === null || !taken) return null;
  const given = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[taken.field] : undefined;
  const value = typeof given === 'string' ? given : '';
  const key = taken.code === 'CODE_TAKEN' ? 'code' : taken.code === 'EMAIL_TAKEN' ? 'email' : 'name';
  // The holder is not known here; the context picks a sentence that does without it.
  return new AppError(taken.code, `${column} is taken: ${value}`, { [key]: value, context: 'byIndex' });
}
