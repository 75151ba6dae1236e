import type { DataSource } from 'typeorm';

/** What every service needs. Built once per open database. */
export interface CoreContext {
  ds: DataSource;
  dbPath: string;
  version: string;
  /** Injected so rules about "today" can be tested at fixed instants. */
  now: () => Date;
  /** Where bundled resources (the demo data) live. */
  resourcesDir: string;
}
