import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** What both drivers' DataSources share: the one set of entities and migrations, and schema changes only through migrations. */
export const SCHEMA_OPTIONS = {
  entities: ENTITIES,
  migrations: MIGRATIONS,
  synchronize: false,
  migrationsRun: false,
  migrationsTransactionMode: 'each',
  logging: false,
} as const;
