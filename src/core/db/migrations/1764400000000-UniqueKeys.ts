import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Names and codes unique by one rule, enforced by the database: each gets a key
 * column (NFC, trimmed, lower-cased with Norwegian rules; SQLite's lower() folds
 * only ASCII, so the core computes it, see text.ts searchKey) with a unique index.
 *
 * Rows that already collide (say "Fylkeslag" and "fylkeslag") are neither merged
 * nor renamed: the oldest keeps its key, each later one gets "<key>#<id>" so the
 * index holds, and every such row is listed in the setting "migration.duplicates"
 * ({ table, column, id, value, keptId }), for the office to rename or delete it.
 */
const KEYS: ReadonlyArray<{ table: string; source: string; key: string; length: number }> = [
  { table: 'unit', source: 'code', key: 'code_key', length: 32 },
  { table: 'level', source: 'name', key: 'name_key', length: 60 },
  { table: 'wave', source: 'name', key: 'name_key', length: 100 },
  { table: 'role', source: 'name_nb', key: 'name_nb_key', length: 100 },
  { table: 'role', source: 'name_en', key: 'name_en_key', length: 100 },
  { table: 'stage', source: 'name_nb', key: 'name_nb_key', length: 100 },
  { table: 'stage', source: 'name_en', key: 'name_en_key', length: 100 },
  { table: 'training_type', source: 'name_nb', key: 'name_nb_key', length: 100 },
  { table: 'training_type', source: 'name_en', key: 'name_en_key', length: 100 },
  { table: 'problem', source: 'title_nb', key: 'title_nb_key', length: 200 },
  { table: 'problem', source: 'title_en', key: 'title_en_key', length: 200 },
];

/** The rule as it stood when this migration was written (text.ts searchKey may move on). */
function keyOf(text: string): string {
  return text.normalize('NFC').trim().toLocaleLowerCase('nb');
}

interface Duplicate {
  table: string;
  column: string;
  id: number;
  value: string;
  keptId: number;
}

export class UniqueKeys1764400000000 implements MigrationInterface {
  name = 'UniqueKeys1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const duplicates: Duplicate[] = [];
    for (const { table, source, key, length } of KEYS) {
      await q.query(`ALTER TABLE "${table}" ADD COLUMN "${key}" varchar(${length}) NOT NULL DEFAULT ('')`);
      const rows: Array<{ id: number; value: string }> = await q.query(`SELECT id, "${source}" AS value FROM "${table}" ORDER BY id`);
      const owner = new Map<string, number>();
      for (const row of rows) {
        let k = keyOf(row.value);
        const kept = owner.get(k);
        if (kept === undefined) owner.set(k, row.id);
        else {
          duplicates.push({ table, column: source, id: row.id, value: row.value, keptId: kept });
          k = `${k}#${row.id}`;
        }
        await q.query(`UPDATE "${table}" SET "${key}" = ? WHERE id = ?`, [k, row.id]);
      }
      await q.query(`CREATE UNIQUE INDEX "uq_${table}_${key}" ON "${table}" ("${key}") `);
    }
    if (duplicates.length > 0) {
      await q.query(`INSERT INTO "setting" ("key", "value") VALUES ('migration.duplicates', ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`, [JSON.stringify(duplicates)]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table, key } of [...KEYS].reverse()) {
      await q.query(`DROP INDEX "uq_${table}_${key}"`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "${key}"`);
    }
    await q.query(`DELETE FROM "setting" WHERE "key" = 'migration.duplicates'`);
  }
}
