// sqlite3 used directly, without TypeORM: the baseline every bench compares against.
//
// TypeORM calls sqlite3.verbose(), which wraps the prototype methods of every
// Database and Statement in the process with a long-stack-trace helper (a new
// Error and util.inspect of the arguments on every call). The baseline must not
// pay for that, so it keeps the native methods as they were when this module
// loaded, which is before any bench opens a core.
import sqlite3 from 'sqlite3';

type Callback = (this: unknown, err: Error | null, result?: unknown) => void;
type Native = (this: unknown, ...args: unknown[]) => unknown;

const dbProto = sqlite3.Database.prototype as unknown as Record<'exec' | 'close', Native>;
const stProto = sqlite3.Statement.prototype as unknown as Record<'run' | 'all' | 'finalize', Native>;
const NATIVE = {
  exec: dbProto.exec, close: dbProto.close, run: stProto.run, all: stProto.all, finalize: stProto.finalize,
};
for (const [name, fn] of Object.entries(NATIVE)) {
  if (String(fn).includes('new Error()')) {
    throw new Error(`sqlite3 is already in verbose mode (${name}): import raw-sqlite before opening a core`);
  }
}
const StatementClass = sqlite3.Statement as unknown as new (db: sqlite3.Database, sql: string, cb: (err: Error | null) => void) => sqlite3.Statement;

export interface RawStatement {
  run(params: unknown[]): Promise<{ lastID: number; changes: number }>;
  finalize(): Promise<void>;
}

export interface RawDb {
  exec(sql: string): Promise<void>;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  prepare(sql: string): Promise<RawStatement>;
  close(): Promise<void>;
}

function call(fn: Native, self: unknown, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const done: Callback = function (err, result) {
      if (err) reject(err);
      else resolve(result ?? this);
    };
    fn.call(self, ...args, done);
  });
}

function prepared(db: sqlite3.Database, sql: string): Promise<sqlite3.Statement> {
  return new Promise((resolve, reject) => {
    const stmt: sqlite3.Statement = new StatementClass(db, sql, (err) => (err ? reject(err) : resolve(stmt)));
  });
}

/** Opens a SQLite file with the same pragmas the app sets (WAL, foreign keys, synchronous NORMAL). */
export async function openRaw(path: string): Promise<RawDb> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(path, (err) => (err ? reject(err) : resolve(opened)));
  });
  const raw: RawDb = {
    exec: async (sql) => {
      await call(NATIVE.exec, db, sql);
    },
    all: async <T>(sql: string, params: unknown[] = []) => {
      const stmt = await prepared(db, sql);
      try {
        return (await call(NATIVE.all, stmt, params)) as T[];
      } finally {
        await call(NATIVE.finalize, stmt);
      }
    },
    prepare: async (sql) => {
      const stmt = await prepared(db, sql);
      return {
        run: async (params) => {
          // The callback's `this` is the statement, carrying lastID and changes.
          const result = (await call(NATIVE.run, stmt, params)) as sqlite3.RunResult;
          return { lastID: result.lastID, changes: result.changes };
        },
        finalize: async () => {
          await call(NATIVE.finalize, stmt);
        },
      };
    },
    close: async () => {
      await call(NATIVE.close, db);
    },
  };
  await raw.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;');
  return raw;
}
