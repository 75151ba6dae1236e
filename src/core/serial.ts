// One queue for everything that touches the database. SQLite has one writer and
// TypeORM's sqlite driver one connection, so overlapping transactions would fail
// rather than wait: the dispatcher and background jobs (report exports) take turns here.
// On PostgreSQL the same type is db/call-transactions.ts, which uses the mode.

/** 'read': the work only reads (the contract's READ_METHODS); anything else may write. */
export type SerialMode = 'read' | 'write';

export type Serial = <T>(work: () => Promise<T>, mode?: SerialMode) => Promise<T>;

export function createSerial(): Serial {
  let queue: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
}
