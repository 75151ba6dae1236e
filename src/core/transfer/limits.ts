// Refusals for uploads that are too big to parse: one error code, a context per
// limit (errors:code.FILE_UNREADABLE_<context>), the limit and what the file had.
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, MAX_UNPACKED_BYTES } from '../../shared/limits';
import { AppError } from '../errors';
import type { SheetRow } from './sheet';

export type FileLimit = 'unpacked' | 'rows' | 'columns';

const LIMITS: Record<FileLimit, number> = { unpacked: MAX_UNPACKED_BYTES, rows: MAX_IMPORT_ROWS, columns: MAX_IMPORT_COLUMNS };

export function overLimit(context: FileLimit, found: number): AppError {
  const limit = LIMITS[context];
  return new AppError('FILE_UNREADABLE', `The file is over the ${context} limit (${found} > ${limit})`, {
    reason: `over the ${context} limit`, context, limit, found,
    ...(context === 'unpacked' ? { megabytes: Math.round(limit / 1e6) } : {}),
  });
}

/** The rows and columns of a parsed table, whatever its format. */
export function assertTableSize(rows: readonly SheetRow[]): void {
  if (rows.length > MAX_IMPORT_ROWS) throw overLimit('rows', rows.length);
  let widest = 0;
  for (const row of rows) widest = Math.max(widest, row.cells.length);
  if (widest > MAX_IMPORT_COLUMNS) throw overLimit('columns', widest);
}


/** The parse worker ran past its time (ms) or memory (MB) limit and was stopped; see parse-in-worker.ts. */
export function parseStopped(context: 'time' | 'memory', limit: number): AppError {
  return new AppError('FILE_UNREADABLE', `Reading the file went past the ${context} limit (${limit})`, {
    reason: `over the ${context} limit`, context, limit,
    ...(context === 'time' ? { seconds: Math.round(limit / 1000) } : { megabytes: limit }),
  });
}
