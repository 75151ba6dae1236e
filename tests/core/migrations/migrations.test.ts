import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/core/db/data-source';
import { ENTITIES } from '../../../src/core/db/entities';
import { MIGRATIONS } from '../../../src/core/db/migrations';
import { createPostgresDataSource } from '../../../src/core/db/postgres';
import { tempDir } from '../../support/db';
import { ON_POSTGRES, freshPostgresDatabase } from '../../support/postgres';
import { MIGRATION_FIXTURES } from './fixtures';

type MigrationClass = (typeof MIGRATIONS)[number];

/**
 * The upgrade fixtures run on the driver the run chooses (FORANKRING_TEST_DRIVER): a
 * fresh SQLite file, or a fresh PostgreSQL database opened with the core's own driver
 * setup (createPostgresDataSource), so the fixtures' queries go through the same
 * query runners, with `?` numbered, as the core's do.
 */
async function freshTarget(): Promise<string> {
  return ON_POSTGRES ? freshPostgresDatabase() : join(tempDir(), 'upgrade.sqlite');
}

function dataSource(target: string, migrations: MigrationClass[]): DataSource {
  if (ON_POSTGRES) return createPostgresDataSource({ url: target, poolSize: 1, migrations });
  return new DataSource({ type: 'sqlite', database: target, entities: ENTITIES, migrations, synchronize: false });
}

async function migrateTo(target: string, migrations: MigrationClass[]): Promise<DataSource> {
  const ds = dataSource(target, migrations);
  await ds.initialize();
  if (!ON_POSTGRES) await ds.query('PRAGMA foreign_keys = ON');
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}

describe('migrations', () => {
  it('has a fixture for every migration', () => {
    expect(Object.keys(MIGRATION_FIXTURES).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
  });

  MIGRATIONS.forEach((migration, index) => {
    it(`${migration.name} upgrades a database holding rows from the schema before it`, async () => {
      const fixture = MIGRATION_FIXTURES[migration.name];
      if (!fixture) throw new Error(`no fixture for ${migration.name}`);
      const target = await freshTarget();

      const before = await migrateTo(target, MIGRATIONS.slice(0, index));
      const seeder = before.createQueryRunner();
      await fixture.seed(seeder);
      await seeder.release();
      await before.destroy();

      const after = await migrateTo(target, MIGRATIONS.slice(0, index + 1));
      expect(after.options.type).toBe(ON_POSTGRES ? 'postgres' : 'sqlite');
      const applied: Array<{ name: string }> = await after.query('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.slice(0, index + 1).map((m) => m.name));
      const checker = after.createQueryRunner();
      await fixture.verify(checker);
      await checker.release();
      await after.destroy();
    });
  });

  // PostgreSQL's schema diff is in tests/core/postgres/migrations-pg.test.ts.
  it.skipIf(ON_POSTGRES)('leaves no difference between the entities and the migrated schema', async () => {
    const ds = await openDatabase({ path: join(tempDir(), 'diff.sqlite') });
    const diff = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  });

  it.skipIf(ON_POSTGRES)('opens in WAL mode with foreign keys on', async () => {
    const ds = await openDatabase({ path: join(tempDir(), 'pragma.sqlite') });
    const [journal] = await ds.query('PRAGMA journal_mode');
    const [fk] = await ds.query('PRAGMA foreign_keys');
    await ds.destroy();
    expect(journal).toEqual({ journal_mode: 'wal' });
    expect(fk).toEqual({ foreign_keys: 1 });
  });
});
