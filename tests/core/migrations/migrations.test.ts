import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/core/db/data-source';
import { ENTITIES } from '../../../src/core/db/entities';
import { MIGRATIONS } from '../../../src/core/db/migrations';
import { tempDir } from '../../support/db';
import { MIGRATION_FIXTURES } from './fixtures';

type MigrationClass = (typeof MIGRATIONS)[number];

function dataSource(path: string, migrations: MigrationClass[]): DataSource {
  return new DataSource({ type: 'sqlite', database: path, entities: ENTITIES, migrations, synchronize: false });
}

async function migrateTo(path: string, migrations: MigrationClass[]): Promise<DataSource> {
  const ds = dataSource(path, migrations);
  await ds.initialize();
  await ds.query('PRAGMA foreign_keys = ON');
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
      const path = join(tempDir(), 'upgrade.sqlite');

      const before = await migrateTo(path, MIGRATIONS.slice(0, index));
      const seeder = before.createQueryRunner();
      await fixture.seed(seeder);
      await seeder.release();
      await before.destroy();

      const after = await migrateTo(path, MIGRATIONS.slice(0, index + 1));
      const applied: Array<{ name: string }> = await after.query('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.slice(0, index + 1).map((m) => m.name));
      const checker = after.createQueryRunner();
      await fixture.verify(checker);
      await checker.release();
      await after.destroy();
    });
  });

  it('leaves no difference between the entities and the migrated schema', async () => {
    const ds = await openDatabase({ path: join(tempDir(), 'diff.sqlite') });
    const diff = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('opens in WAL mode with foreign keys on', async () => {
    const ds = await openDatabase({ path: join(tempDir(), 'pragma.sqlite') });
    const [journal] = await ds.query('PRAGMA journal_mode');
    const [fk] = await ds.query('PRAGMA foreign_keys');
    await ds.destroy();
    expect(journal).toEqual({ journal_mode: 'wal' });
    expect(fk).toEqual({ foreign_keys: 1 });
  });
});
