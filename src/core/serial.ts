// One queue for the writes to the database. SQLite has one writer and TypeORM's sqlite
// driver one connection per DataSource, so overlapping transactions would fail rather than
// wait: write calls take turns here. On SQLite the core's Serial is db/read-connections.ts,
// which runs 'read' work on readers beside this queue; on PostgreSQL it is
// db/call-transactions.ts. Both use the mode.

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
