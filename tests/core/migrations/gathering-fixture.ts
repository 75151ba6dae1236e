// The upgrade fixture of Gathering1766400000000 (kept beside fixtures.ts, which is long): an
// organization with its own training types gets the super-users' gathering after them, aimed
// at the super-user role; the types and sessions it had are untouched.
import type { QueryRunner } from 'typeorm';
import { expect } from 'vitest';

export const GATHERING_FIXTURE = {
  seed: async (q: QueryRunner) => {
    await q.query(`INSERT INTO level (name, name_key, rank) VALUES ('Landsforbund', 'landsforbund', 0)`);
    await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id) VALUES ('NO', 'no', 'Landsforbundet', 'landsforbundet', 1, NULL)`);
    await q.query(
      `INSERT INTO training_type (key, name_nb, name_nb_key, name_en, name_en_key, validity_months, required_for_all, sort_order)
       VALUES (NULL, 'Lokalt kurs', 'lokalt kurs', 'Local course', 'local course', NULL, FALSE, 40)`,
    );
    await q.query(`INSERT INTO training_session (type_id, date, unit_id, format) SELECT id, '2026-01-10', 1, 'in_person' FROM training_type WHERE key = 'basic'`);
  },
  verify: async (q: QueryRunner) => {
    const types: Array<{ key: string | null; name_nb: string; name_en: string; sort_order: number | string; validity_months: number | null }> =
      await q.query(`SELECT key, name_nb, name_en, sort_order, validity_months FROM training_type ORDER BY sort_order, id`);
    expect(types.map((t) => t.key)).toEqual(['basic', 'advanced', 'focus', 'refresher', 'newcomer', null, 'gathering']);
    expect({ ...types.at(-1), sort_order: Number(types.at(-1)?.sort_order) }).toEqual({
      key: 'gathering', name_nb: 'Superbrukersamling', name_en: 'Super-user gathering', sort_order: 41, validity_months: 12,
    });
    expect(await q.query(
      `SELECT r.key FROM training_type_role tr JOIN training_type t ON t.id = tr.training_type_id JOIN role r ON r.id = tr.role_id WHERE t.key = 'gathering'`,
    )).toEqual([{ key: 'super_user' }]);
    expect(await q.query(`SELECT date FROM training_session`)).toEqual([{ date: '2026-01-10' }]);
    // Every type and guide there was has no links yet.
    expect(await q.query(`SELECT DISTINCT links FROM training_type`)).toEqual([{ links: '[]' }]);
    expect(await q.query(`SELECT DISTINCT links FROM problem`)).toEqual([{ links: '[]' }]);
    // Its names are taken like any other type's.
    await expect(q.query(
      `INSERT INTO training_type (name_nb, name_nb_key, name_en, name_en_key, sort_order) VALUES ('SUPERBRUKERSAMLING', 'superbrukersamling', 'x', 'x', 50)`,
    )).rejects.toThrow(/UNIQUE constraint failed|duplicate key value violates unique constraint/);
  },
};
