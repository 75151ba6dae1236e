// The core's public face: open a database and get a dispatcher over the contract.
import type { DataSource } from 'typeorm';
import { DbFiles } from './db/db-files';
import { openChecked, type CheckedDatabase } from './db/open-checks';
import { dbRefusal } from './db/refusal';
import { createDispatcher, type Dispatch, type DispatchOptions } from './dispatch';
import { PARSE_LIMITS, type ParseLimits } from './transfer/parse-in-worker';
import { createHandlers } from './handlers';
import type { CoreContext } from './context';
import type { PdfPrinter } from './reports/model';
import { sqliteCalls } from './db/read-connections';
import { callTransactions } from './db/call-transactions';
import { createGuard } from './access/guard';
import { openServerDatabase, shownUrl } from './db/open-server';
import { ServerFiles } from './db/server-files';
import type { Handlers } from './handlers-type';
import { getSettings } from './services/settings';
import { createAuditor } from './audit/record';
import { findSession, touchSession } from './accounts/sessions';
import { createAccountsRuntime, type AccountsRuntime } from './accounts/runtime';
import type { Caller } from './call-context';
import { rebuildStoredFigures } from './derived/rebuild';

export interface Core {
  /** The current connection and context; both change when a restore reopens the file. */
  readonly ds: DataSource;
  readonly ctx: CoreContext;
  dispatch: Dispatch;
  /** Backup, restore and check for the CLI and the shell, taking the queue like any call. */
  backupTo(outPath: string): Promise<{ path: string; bytes: number }>;
  restoreFrom(path: string, shownAs?: string): Promise<{ restored: string; keptAs: string }>;
  check(): ReturnType<DbFiles['check']>;
  /** The stored figures (support rollups and due times, units' rollout states, people's training facts) worked out again from their inputs, in one write turn. */
  rebuildFigures(): Promise<{ cases: number; units: number; people: number }>;
  /** Today's automatic backup if there is none, keeping the number the settings say. */
  dailyBackup(): Promise<string | null>;
  /**
   * The caller a session token stands for, for a shell that serves accounts (the team
   * server's host): a signed-in user, or an anonymous caller who may only sign in.
   */
  authenticate(token: string | null, from: { address: string | null; device: string }): Promise<Caller>;
  close(): Promise<void>;
}

export interface OpenCoreOptions extends DispatchOptions {
  /** The SQLite file (the solo desktop and the default). */
  dbPath?: string;
  /** Instead of dbPath: a team server's PostgreSQL database (postgres://user:password@host/db). */
  databaseUrl?: string;
  version?: string;
  resourcesDir: string;
  now?: () => Date;
  /** Chromium's PDF printing as the shell has it (Electron, or playwright-core in the host and CLI). */
  printPdf?: PdfPrinter | null;
  /** Open read-only whatever the file allows (viewing and exporting only). */
  readOnly?: boolean;
  /** The upload parse worker's time and heap limits; PARSE_LIMITS unless a test needs them small. */
  parseLimits?: ParseLimits;
  /** Mail and the public address for invitations (the team server); sign-in limits are made here. */
  accounts?: Partial<Omit<AccountsRuntime, 'limits'>>;
}

/** SQLite: one write queue with reads beside it, and files that can be backed up and restored. PostgreSQL: a transaction per call. */
async function openStore(options: OpenCoreOptions, now: () => Date, build: (opened: CheckedDatabase) => void) {
  if (options.databaseUrl !== undefined) {
    if (options.dbPath !== undefined) throw new Error('openCore takes dbPath or databaseUrl, not both');
    const ds = await openServerDatabase(options.databaseUrl);
    const calls = callTransactions(ds);
    return { opened: { ds, state: { mode: 'ok' } } satisfies CheckedDatabase, files: new ServerFiles(ds), serial: calls.serial, settle: calls.settle, shown: shownUrl(options.databaseUrl) };
  }
  if (options.dbPath === undefined) throw new Error('openCore needs dbPath or databaseUrl');
  const opened = await openChecked(options.dbPath, { readOnly: options.readOnly === true });
  const files = new DbFiles(options.dbPath, opened, now, build);
  // Writes take turns on the one writer; reads run beside them on readers of their own (db/read-connections.ts).
  // Jobs in flight finish first; the database closes after them.
  const calls = sqliteCalls(() => files.ds, () => files.state.mode !== 'damaged');
  return { opened, files, serial: calls.serial, settle: calls.settle, shown: options.dbPath };
}

export async function openCore(options: OpenCoreOptions): Promise<Core> {
  const shutdown = new AbortController();
  const now = options.now ?? (() => new Date());
  // A restore reopens the file: the handlers are rebuilt around the new connection, in place.
  const handlers = {} as Handlers;
  let ctx: CoreContext;
  const build = ({ ds, state }: CheckedDatabase): void => {
    ctx = { ...base, ds, db: state };
    Object.assign(handlers, createHandlers(ctx));
  };
  const { opened, files, serial, settle, shown } = await openStore(options, now, build);
  const audit = createAuditor(() => files.ds, () => files.state.mode === 'ok', now);
  const base = {
    files,
    dbPath: shown,
    version: options.version ?? '0.0.0',
    now,
    resourcesDir: options.resourcesDir,
    // The imports take their write turn here; the auditor records it (audit/record.ts).
    serial: audit.serial(serial),
    printPdf: options.printPdf ?? null,
    parseLimits: options.parseLimits ?? PARSE_LIMITS,
    shutdown: shutdown.signal,
    onInternalError: options.onInternalError ?? (() => undefined),
    accounts: createAccountsRuntime(options.accounts),
  };
  build(opened);
  let closing: Promise<void> | undefined;
  const guard = createGuard(() => files.ds, now);
  const dispatch = createDispatcher(handlers, { ...options, refusal: (err) => dbRefusal(err, files.state), guard, audit }, serial);
  return {
    get ds() {
      return files.ds;
    },
    get ctx() {
      return ctx;
    },
    dispatch,
    backupTo: (outPath) => serial(() => files.backupTo(outPath)),
    restoreFrom: (path, shownAs) => serial(() => files.restoreFrom(path, shownAs)),
    check: () => serial(() => files.check()),
    rebuildFigures: () => serial(() => files.ds.transaction((em) => rebuildStoredFigures(em)), 'write'),
    dailyBackup: () => serial(async () => files.daily((await getSettings(files.ds.manager)).backupKeep)),
    authenticate: async (token, from) => {
      const anonymous: Caller = { userId: null, personId: null, local: false, sessionId: null, ...from };
      if (token === null || token === '') return anonymous;
      const owner = await serial(() => findSession(files.ds.manager, token, now()), 'read');
      // A write turn only when last_used_at is due (sessions.ts), not on every call.
      if (owner?.stale && files.state.mode === 'ok') await serial(() => touchSession(files.ds.manager, owner.sessionId, now()), 'write');
      return owner ? { ...anonymous, userId: owner.userId, personId: owner.personId, sessionId: owner.sessionId } : anonymous;
    },
    // Once: a second close (a shell's and a test's) must not open a turn on a closed database.
    close: () => {
      closing ??= (async () => {
        shutdown.abort();
        await settle();
        if (files.ds.isInitialized) await files.ds.destroy();
      })();
      return closing;
    },
  };
}

export type { Dispatch } from './dispatch';
export { AppError } from './errors';
export type { PdfPrinter, PrintJob } from './reports/model';
