// The core's public face: open a database and get a dispatcher over the contract.
import type { DataSource } from 'typeorm';
import { openDatabase } from './db/data-source';
import { createDispatcher, type Dispatch, type DispatchOptions } from './dispatch';
import { createHandlers } from './handlers';
import type { CoreContext } from './context';
import type { PdfPrinter } from './reports/model';
import { createSerial } from './serial';

export interface Core {
  ds: DataSource;
  ctx: CoreContext;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export interface OpenCoreOptions extends DispatchOptions {
  dbPath: string;
  version?: string;
  resourcesDir: string;
  now?: () => Date;
  /** Chromium's PDF printing as the shell has it (Electron, or playwright-core in the host and CLI). */
  printPdf?: PdfPrinter | null;
}

export async function openCore(options: OpenCoreOptions): Promise<Core> {
  const ds = await openDatabase({ path: options.dbPath });
  const serial = createSerial();
  const shutdown = new AbortController();
  const ctx: CoreContext = {
    ds,
    dbPath: options.dbPath,
    version: options.version ?? '0.0.0',
    now: options.now ?? (() => new Date()),
    resourcesDir: options.resourcesDir,
    serial,
    printPdf: options.printPdf ?? null,
    shutdown: shutdown.signal,
    onInternalError: options.onInternalError ?? (() => undefined),
  };
  const dispatch = createDispatcher(createHandlers(ctx), options, serial);
  return {
    ds,
    ctx,
    dispatch,
    close: async () => {
      shutdown.abort();
      // Jobs that hold the queue finish their read first; the database closes after them.
      await serial(async () => undefined);
      if (ds.isInitialized) await ds.destroy();
    },
  };
}

export type { Dispatch } from './dispatch';
export { AppError } from './errors';
export type { PdfPrinter, PrintJob } from './reports/model';
