// One fixture per migration: rows written in the schema just BEFORE that
// migration, and checks that they survived it. A new migration must add its
// fixture here, or the coverage test fails.
import type { QueryRunner } from 'typeorm';
import { expect } from 'vitest';

export interface MigrationFixture {
  /** Rows in the previous schema. */
  seed(q: QueryRunner): Promise<void>;
  /** Asserts the rows are intact after the upgrade (and the new schema works). */
  verify(q: QueryRunner): Promise<void>;
}

export const MIGRATION_FIXTURES: Record<string, MigrationFixture> = {
  // The first migration starts from an empty file: nothing to lose, but the
  // new schema must accept the rows the app writes, with codes kept as text.
  OrgTree1763800000000: {
    seed: async () => {},
    verify: async (q) => {
      await q.query(`INSERT INTO level (name, rank) VALUES ('Landsforbund', 0), ('Lokallag', 1)`);
      await q.query(
        `INSERT INTO unit (code, name, search_name, level_id, parent_id, members) VALUES ('00', 'Landsforbundet', 'landsforbundet', 1, NULL, NULL)`,
      );
      await q.query(
        `INSERT INTO unit (code, name, search_name, level_id, parent_id, members) VALUES ('0301', 'Oslo', 'oslo', 2, 1, 7177)`,
      );
      const rows = await q.query(`SELECT code, members, archived, contact_notes FROM unit ORDER BY id`);
      expect(rows).toEqual([
        { code: '00', members: null, archived: 0, contact_notes: '' },
        { code: '0301', members: 7177, archived: 0, contact_notes: '' },
      ]);
      await expect(q.query(`INSERT INTO unit (code, name, search_name, level_id) VALUES ('0301', 'Dup', 'dup', 1)`)).rejects.toThrow(/UNIQUE/);
      await expect(q.query(`INSERT INTO unit (code, name, search_name, level_id) VALUES ('x', 'Bad level', 'x', 99)`)).rejects.toThrow(/FOREIGN KEY/);
    },
  },
};
