/**
 * Many shared turns at once, or one exclusive turn with none. An exclusive turn waits for the
 * shared ones in flight; shared turns that arrive meanwhile wait for it to end. Exclusive
 * turns take turns with each other.
 */
export class Gate {
  private inFlight = 0;
  private alone: Promise<void> | null = null;
  private drained: (() => void) | null = null;

  async shared<T>(work: () => Promise<T>): Promise<T> {
    while (this.alone) await this.alone;
    this.inFlight += 1;
    try {
      return await work();
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.drained?.();
    }
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.alone) await this.alone;
    let open: () => void = () => undefined;
    this.alone = new Promise((resolve) => {
      open = resolve;
    });
    try {
      if (this.inFlight > 0) {
        await new Promise<void>((resolve) => {
          this.drained = resolve;
        });
      }
      return await work();
    } finally {
      this.drained = null;
      this.alone = null;
      open();
    }
  }
}

interface Served {
  exclusive<T>(work: () => Promise<T>, closeReaders: boolean): Promise<T>;
}

// Filled by read-connections.ts for each writer it serves; kept apart so data-source.ts can ask it.
const served = new WeakMap<object, Served>();

export function serve(ds: object, calls: Served): void {
  served.set(ds, calls);
}

/**
 * Runs `work` with no read call in flight on the writer `ds`'s readers and none starting
 * until it ends; with `closeReaders`, the readers are closed first (a restore is about to
 * swap the file). For a database without readers (a team server's, a throwaway one) it just runs.
 */
export function whileNoReads<T>(ds: object, work: () => Promise<T>, closeReaders = false): Promise<T> {
  const calls = served.get(ds);
  return calls ? calls.exclusive(work, closeReaders) : work();
}
