import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/core/db/data-source';
import { MIGRATIONS } from '../../../src/core/db/migrations';
import { openPostgres } from '../../../src/core/db/postgres';
import { tempDir } from '../../support/db';
import { PG_URL, freshPostgresDatabase } from '../../support/postgres';

const SEEDED = ['level', 'role', 'role_requirement', 'stage', 'training_type', 'training_type_role', 'problem', 'sla_policy'];

describe.skipIf(PG_URL === '')('migrations on PostgreSQL', () => {
  it('leave no difference between the entities and the migrated schema', async () => {
    const ds = await openPostgres({ url: await freshPostgresDatabase() });
    const diff = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('seed the same catalogs as on SQLite, with booleans as booleans', async () => {
    const pg = await openPostgres({ url: await freshPostgresDatabase() });
    const lite = await openDatabase({ path: join(tempDir(), 'seed.sqlite') });
    for (const table of SEEDED) {
      const [a] = await pg.query(`SELECT COUNT(*) AS n FROM "${table}"`);
      const [b] = await lite.query(`SELECT COUNT(*) AS n FROM "${table}"`);
      expect({ table, n: a.n }).toEqual({ table, n: b.n });
    }
    const board = await pg.query(`SELECT "key" FROM "role" WHERE "board" = TRUE ORDER BY "key"`);
    expect(board).toEqual([{ key: 'chapter_leader' }]);
    const [sla] = await pg.query(`SELECT "business_hours" FROM "sla_policy" WHERE "tier" = ?`, ['chapter']);
    expect(sla).toEqual({ business_hours: true });
    await pg.destroy();
    await lite.destroy();
  });

  it('revert every step and apply them again', async () => {
    const ds = await openPostgres({ url: await freshPostgresDatabase() });
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const left = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
    expect(left).toEqual([]);
    await ds.runMigrations({ transaction: 'each' });
    const diff = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    expect(diff.upQueries).toEqual([]);
  });
});
