import type { DataSource } from 'typeorm';
import type { PdfPrinter } from './reports/model';
import type { Serial } from './serial';
import type { DbState } from '../shared/types-backup';
import type { DatabaseFiles } from './db/db-files';
import type { ParseLimits } from './transfer/parse-in-worker';
import type { AccountsRuntime } from './accounts/runtime';

/** What every service needs. Built once per open database. */
export interface CoreContext {
  ds: DataSource;
  /** Whether the file takes writes (read-only and damaged files do not). */
  db: DbState;
  /** Backups, restore and the full check of the file behind ds (refused on a team server). */
  files: DatabaseFiles;
  /** The SQLite file, or the team server's database URL without its password. */
  dbPath: string;
  version: string;
  /** Injected so rules about "today" can be tested at fixed instants. */
  now: () => Date;
  /** Where bundled resources (the demo data) live. */
  resourcesDir: string;
  /** The database queue shared with the dispatcher; background jobs read through it. */
  serial: Serial;
  /** Prints report HTML to PDF; without one, PDF reports fail with PDF_UNAVAILABLE. */
  printPdf: PdfPrinter | null;
  /** Time and heap for parsing an upload in its worker thread. */
  parseLimits: ParseLimits;
  /** Aborts when the core closes, so background jobs stop with it. */
  shutdown: AbortSignal;
  /** Unexpected errors outside a call (a background job's), for the shell's log. */
  onInternalError: (where: string, err: unknown) => void;
  /** Sign-in limits, mail and the public address for the team server's accounts. */
  accounts: AccountsRuntime;
}
