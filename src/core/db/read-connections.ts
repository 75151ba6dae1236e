// On SQLite a read call (READ_METHODS in the contract) runs on a connection of its own beside
// the one writer. In WAL mode a reader sees the last commit before its transaction began and
// neither waits for the writer nor holds it up, so a short read no longer queues behind a
// 12-month metrics call, a report's data or an import. Writes keep their single queue (serial.ts).
//
// Each read call takes one reader for its whole length, inside one deferred transaction: one
// snapshot, as a REPEATABLE READ call is on PostgreSQL. Two reads never share a reader, since
// SQLite runs one statement at a time per connection. READERS of them (with the writer, as many
// as libuv's default four worker threads that run sqlite3's statements) are opened as needed.
//
// The handlers are unchanged: they use the writer's ds.manager and ds.query. While a read call
// runs, the writer's driver hands out the call's reader (found through AsyncLocalStorage), as
// db/call-transactions.ts does on PostgreSQL. A read inside a write call stays on the writer.
//
// Work that must not run beside a reader takes the gate alone (whileNoReads): a restore, which
// closes the readers before it swaps the file, and the WAL checkpoint after an erasure, which
// cannot empty the -wal file while a reader still reads from it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';
import { createSerial, type Serial } from '../serial';
import { openedWith, openReader } from './data-source';
import { Gate, serve } from './gate';

export const READERS = 3;

interface Reader {
  ds: DataSource;
  runner: QueryRunner;
}

/** The readers of one open file, opened on demand, handed out one call at a time. */
class Readers {
  private idle: Reader[] = [];
  private all: Reader[] = [];
  private opening = 0;
  private waiting: Array<(reader: Reader) => void> = [];

  constructor(private readonly open: () => Promise<DataSource>) {}

  async acquire(): Promise<Reader> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.all.length + this.opening < READERS) {
      this.opening += 1;
      try {
        const ds = await this.open();
        const reader = { ds, runner: ds.createQueryRunner() };
        this.all.push(reader);
        return reader;
      } finally {
        this.opening -= 1;
      }
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(reader: Reader): void {
    const next = this.waiting.shift();
    if (next) next(reader);
    else this.idle.push(reader);
  }

  /** With no read in flight (the gate sees to it); the next read opens them again. */
  async close(): Promise<void> {
    const all = this.all;
    this.all = [];
    this.idle = [];
    for (const reader of all) if (reader.ds.isInitialized) await reader.ds.destroy();
  }
}

type Driver = { createQueryRunner: (mode: 'master' | 'slave') => QueryRunner };

// A report job started by a read call outlives it: once the call is over, its reader is no longer handed out.
const reading = new AsyncLocalStorage<{ runner: QueryRunner; over: boolean }>();

function held(): QueryRunner | undefined {
  const call = reading.getStore();
  return call && !call.over ? call.runner : undefined;
}

// Inside a write turn every query is the writer's, a read turn the work starts included.
const writing = new AsyncLocalStorage<true>();

const routed = new WeakSet<DataSource>();

/** The writer's driver hands out the read call's reader while one runs. */
function route(ds: DataSource): void {
  if (routed.has(ds)) return;
  routed.add(ds);
  const driver = ds.driver as unknown as Driver;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => held() ?? create(mode);
}

export interface SqliteCalls {
  serial: Serial;
  /** Waits for the calls in flight and closes the readers, before the writer closes. */
  settle(): Promise<void>;
}

/**
 * The SQLite core's queue: writes one at a time on the writer, reads each on a reader.
 * `current` is the open writer. `sound` says whether readers may be opened on it: a damaged
 * file can fail a reader's opening (it reads the schema), so it is read on the writer alone,
 * which opened it once already and answers what it can, the integrity check included.
 */
export function sqliteCalls(current: () => DataSource, sound: () => boolean = () => true): SqliteCalls {
  const writes = createSerial();
  const gate = new Gate();
  const readers = new WeakMap<DataSource, Readers>();
  let settled = false;

  const readersOf = (ds: DataSource): Readers | null => {
    const how = openedWith(ds);
    if (!how || how.path === ':memory:') return null;
    let found = readers.get(ds);
    if (!found) {
      found = new Readers(() => openReader(how.path, how.readOnly));
      readers.set(ds, found);
    }
    return found;
  };

  const track = (ds: DataSource): void => {
    route(ds);
    serve(ds, { exclusive });
  };

  async function exclusive<T>(work: () => Promise<T>, closeReaders: boolean): Promise<T> {
    return gate.exclusive(async () => {
      const before = current();
      if (closeReaders) await readers.get(before)?.close();
      try {
        return await work();
      } finally {
        // A restore opened a new writer: it gets the same queue and gate.
        if (current() !== before) track(current());
      }
    });
  }

  const read = <T>(work: () => Promise<T>): Promise<T> => gate.shared(async () => {
    const ds = current();
    const pool = settled || !sound() ? null : readersOf(ds);
    if (!pool) return writes(work);
    const reader = await pool.acquire();
    const { runner } = reader;
    try {
      await runner.startTransaction();
      const call = { runner, over: false };
      try {
        const result = await reading.run(call, work);
        await runner.commitTransaction();
        return result;
      } finally {
        call.over = true;
      }
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      pool.release(reader);
    }
  });

  track(current());
  const serial: Serial = <T>(work: () => Promise<T>, mode: 'read' | 'write' = 'write'): Promise<T> => {
    // A read already inside a call stays in it, on the writer within a write; a write never runs on a reader.
    if (mode === 'read') return held() || writing.getStore() ? work() : read(work);
    return reading.exit(() => writes(() => writing.run(true, work)));
  };

  return {
    serial,
    settle: async () => {
      await writes(async () => undefined);
      await gate.exclusive(async () => {
        settled = true;
        await readers.get(current())?.close();
      });
    },
  };
}
