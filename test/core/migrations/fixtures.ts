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
  // People, roles and assignments arrive beside an existing organization:
  // units, levels and settings must come through untouched, and the seeded
  // role catalog must be there for them.
  Ownership1763900000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO level (name, rank) VALUES ('Landsforbund', 0), ('Fylkeslag', 1), ('Lokallag', 2)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id, members) VALUES ('NO', 'Landsforbundet', 'landsforbundet', 1, NULL, NULL)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id, members) VALUES ('15', 'Møre og Romsdal', 'møre og romsdal', 2, 1, NULL)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id, members, archived, contact_notes) VALUES ('1515', 'Herøy', 'herøy', 3, 2, 88, 1, 'Tirsdager')`);
      await q.query(`INSERT INTO setting (key, value) VALUES ('language', '"en"')`);
    },
    verify: async (q) => {
      expect(await q.query(`SELECT code, name, parent_id, members, archived, contact_notes FROM unit ORDER BY id`)).toEqual([
        { code: 'NO', name: 'Landsforbundet', parent_id: null, members: null, archived: 0, contact_notes: '' },
        { code: '15', name: 'Møre og Romsdal', parent_id: 1, members: null, archived: 0, contact_notes: '' },
        { code: '1515', name: 'Herøy', parent_id: 2, members: 88, archived: 1, contact_notes: 'Tirsdager' },
      ]);
      expect(await q.query(`SELECT name, rank FROM level ORDER BY rank`)).toEqual([
        { name: 'Landsforbund', rank: 0 }, { name: 'Fylkeslag', rank: 1 }, { name: 'Lokallag', rank: 2 },
      ]);
      expect(await q.query(`SELECT value FROM setting WHERE key = 'language'`)).toEqual([{ value: '"en"' }]);
      const roles: Array<{ key: string; reqs: string }> = await q.query(
        `SELECT r.key AS key, GROUP_CONCAT(rr.level_rank || ':' || rr.minimum, ',') AS reqs
         FROM role r JOIN role_requirement rr ON rr.role_id = r.id GROUP BY r.id ORDER BY r.sort_order`,
      );
      expect(roles).toEqual([
        { key: 'system_owner', reqs: '0:1' }, { key: 'technical_owner', reqs: '0:1' },
        { key: 'functional_owner', reqs: '0:1' }, { key: 'functional_group', reqs: '0:2' },
        { key: 'sponsor', reqs: '1:1' }, { key: 'super_user', reqs: '1:1,2:1' },
        { key: 'local_support', reqs: '2:1' }, { key: 'chapter_leader', reqs: '2:1' },
      ]);
      await q.query(`INSERT INTO person (name, search_name, email, home_unit_id) VALUES ('Kari Nordmann', 'kari nordmann', 'kari@example.no', 3)`);
      await q.query(`INSERT INTO assignment (person_id, role_id, unit_id, start_date) VALUES (1, 7, 3, '2026-01-01')`);
      await expect(q.query(`INSERT INTO assignment (person_id, role_id, unit_id, start_date) VALUES (1, 7, 99, '2026-01-01')`)).rejects.toThrow(/FOREIGN KEY/);
    },
  },
};
