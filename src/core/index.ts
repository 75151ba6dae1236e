// The core's public face: open a database and get a dispatcher over the contract.
import type { DataSource } from 'typeorm';
import { openDatabase } from './db/data-source';
import { createDispatcher, type Dispatch, type DispatchOptions } from './dispatch';
import { createHandlers } from './handlers';
import type { CoreContext } from './context';

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
}

export async function openCore(options: OpenCoreOptions): Promise<Core> {
  const ds = await openDatabase({ path: options.dbPath });
  const ctx: CoreContext = {
    ds,
    dbPath: options.dbPath,
    version: options.version ?? '0.0.0',
    now: options.now ?? (() => new Date()),
    resourcesDir: options.resourcesDir,
  };
  const dispatch = createDispatcher(createHandlers(ctx), options);
  return {
    ds,
    ctx,
    dispatch,
    close: async () => {
      if (ds.isInitialized) await ds.destroy();
    },
  };
}

export type { Dispatch } from './dispatch';
export { AppError } from './errors';
