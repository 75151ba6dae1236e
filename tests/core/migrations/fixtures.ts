// One fixture per migration: rows written in the schema just BEFORE that
// migration, and checks that they survived it. A new migration must add its
// fixture here, or the coverage test fails.
//
// The same fixtures run on SQLite and on PostgreSQL (migrations.test.ts picks the
// driver), so their SQL is what both take: TRUE/FALSE for booleans, ids left to
// their defaults (an explicit id would not move a PostgreSQL sequence), ORDER BY
// for every list compared, and no engine's own functions.
import type { QueryRunner } from 'typeorm';
import { expect } from 'vitest';
import { SUPPORT_FIGURES_FIXTURE } from './support-figures-fixture';
import { GATHERING_FIXTURE } from './gathering-fixture';
import { UNIT_STATE_FIXTURE } from './unit-state-fixture';
import { TRAINING_STATE_FIXTURE } from './training-state-fixture';

/** A unique (or primary key) violation, as SQLite and PostgreSQL word it. */
const UNIQUE_VIOLATION = /UNIQUE constraint failed|duplicate key value violates unique constraint/;
/** A foreign key violation, as SQLite and PostgreSQL word it. */
const FOREIGN_KEY_VIOLATION = /FOREIGN KEY constraint failed|violates foreign key constraint/;

/**
 * SQLite returns a boolean column as 0 or 1, PostgreSQL as false or true: the named
 * columns become booleans. Any other value is left as it is, so the comparison fails.
 */
function booleans<T extends Record<string, unknown>>(rows: T[], ...columns: Array<keyof T & string>): T[] {
  return rows.map((row) => {
    const out: Record<string, unknown> = { ...row };
    for (const c of columns) {
      const v = row[c];
      if (v === 0 || v === false) out[c] = false;
      else if (v === 1 || v === true) out[c] = true;
    }
    return out as T;
  });
}

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
      const rows = booleans(await q.query(`SELECT code, members, archived, contact_notes FROM unit ORDER BY id`), 'archived');
      expect(rows).toEqual([
        { code: '00', members: null, archived: false, contact_notes: '' },
        { code: '0301', members: 7177, archived: false, contact_notes: '' },
      ]);
      await expect(q.query(`INSERT INTO unit (code, name, search_name, level_id) VALUES ('0301', 'Dup', 'dup', 1)`)).rejects.toThrow(UNIQUE_VIOLATION);
      await expect(q.query(`INSERT INTO unit (code, name, search_name, level_id) VALUES ('x', 'Bad level', 'x', 99)`)).rejects.toThrow(FOREIGN_KEY_VIOLATION);
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
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id, members, archived, contact_notes) VALUES ('1515', 'Herøy', 'herøy', 3, 2, 88, TRUE, 'Tirsdager')`);
      await q.query(`INSERT INTO setting (key, value) VALUES ('language', '"en"')`);
    },
    verify: async (q) => {
      expect(booleans(await q.query(`SELECT code, name, parent_id, members, archived, contact_notes FROM unit ORDER BY id`), 'archived')).toEqual([
        { code: 'NO', name: 'Landsforbundet', parent_id: null, members: null, archived: false, contact_notes: '' },
        { code: '15', name: 'Møre og Romsdal', parent_id: 1, members: null, archived: false, contact_notes: '' },
        { code: '1515', name: 'Herøy', parent_id: 2, members: 88, archived: true, contact_notes: 'Tirsdager' },
      ]);
      expect(await q.query(`SELECT name, rank FROM level ORDER BY rank`)).toEqual([
        { name: 'Landsforbund', rank: 0 }, { name: 'Fylkeslag', rank: 1 }, { name: 'Lokallag', rank: 2 },
      ]);
      expect(await q.query(`SELECT value FROM setting WHERE key = 'language'`)).toEqual([{ value: '"en"' }]);
      // Each role's requirements as 'rank:minimum', joined here: GROUP_CONCAT and string_agg are each one engine's.
      const requirements: Array<{ key: string; level_rank: number; minimum: number }> = await q.query(
        `SELECT r.key AS key, rr.level_rank, rr.minimum
         FROM role r JOIN role_requirement rr ON rr.role_id = r.id ORDER BY r.sort_order, r.id, rr.level_rank`,
      );
      const roles: Array<{ key: string; reqs: string }> = [];
      for (const { key, level_rank, minimum } of requirements) {
        const last = roles[roles.length - 1];
        if (last?.key === key) last.reqs += `,${level_rank}:${minimum}`;
        else roles.push({ key, reqs: `${level_rank}:${minimum}` });
      }
      expect(roles).toEqual([
        { key: 'system_owner', reqs: '0:1' }, { key: 'technical_owner', reqs: '0:1' },
        { key: 'functional_owner', reqs: '0:1' }, { key: 'functional_group', reqs: '0:2' },
        { key: 'sponsor', reqs: '1:1' }, { key: 'super_user', reqs: '1:1,2:1' },
        { key: 'local_support', reqs: '2:1' }, { key: 'chapter_leader', reqs: '2:1' },
      ]);
      await q.query(`INSERT INTO person (name, search_name, email, home_unit_id) VALUES ('Kari Nordmann', 'kari nordmann', 'kari@example.no', 3)`);
      await q.query(`INSERT INTO assignment (person_id, role_id, unit_id, start_date) VALUES (1, 7, 3, '2026-01-01')`);
      await expect(q.query(`INSERT INTO assignment (person_id, role_id, unit_id, start_date) VALUES (1, 7, 99, '2026-01-01')`)).rejects.toThrow(FOREIGN_KEY_VIOLATION);
    },
  },
  // The rollout and training tables arrive beside an organization that already
  // has people and assignments: those must survive, and the seeded stages and
  // training types (with advanced training tied to the super-user role) appear.
  Rollout1764000000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO level (name, rank) VALUES ('Landsforbund', 0), ('Fylkeslag', 1), ('Lokallag', 2)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('NO', 'Landsforbundet', 'landsforbundet', 1, NULL)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('18', 'Nordland', 'nordland', 2, 1)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id, members) VALUES ('1818', 'Herøy', 'herøy', 3, 2, 18)`);
      await q.query(`INSERT INTO person (name, search_name, email, phone, home_unit_id) VALUES ('Kari Nordmann', 'kari nordmann', 'kari@example.no', '+47 900 00 000', 3)`);
      await q.query(
        `INSERT INTO assignment (person_id, role_id, unit_id, start_date, end_date)
         SELECT 1, id, 3, '2025-01-01', '2026-06-01' FROM role WHERE key = 'super_user'`,
      );
    },
    verify: async (q) => {
      expect(await q.query(`SELECT name, email, phone, home_unit_id FROM person ORDER BY id`)).toEqual([
        { name: 'Kari Nordmann', email: 'kari@example.no', phone: '+47 900 00 000', home_unit_id: 3 },
      ]);
      expect(await q.query(`SELECT a.start_date, a.end_date, r.key FROM assignment a JOIN role r ON r.id = a.role_id ORDER BY a.id`)).toEqual([
        { start_date: '2025-01-01', end_date: '2026-06-01', key: 'super_user' },
      ]);
      expect((await q.query(`SELECT key, rule FROM stage ORDER BY sort_order`))).toEqual([
        { key: 'anchored', rule: null }, { key: 'super_user', rule: 'super_user_filled' },
        { key: 'basic_training', rule: 'basic_training' }, { key: 'access_ready', rule: null },
        { key: 'live', rule: null }, { key: 'follow_up', rule: null },
      ]);
      expect(booleans(await q.query(`SELECT key, validity_months, required_for_all FROM training_type ORDER BY sort_order`), 'required_for_all')).toEqual([
        { key: 'basic', validity_months: 24, required_for_all: true },
        { key: 'advanced', validity_months: null, required_for_all: false },
        { key: 'focus', validity_months: null, required_for_all: false },
        { key: 'refresher', validity_months: 12, required_for_all: true },
        { key: 'newcomer', validity_months: null, required_for_all: false },
      ]);
      expect(await q.query(
        `SELECT t.key AS type, r.key AS role FROM training_type_role tr
         JOIN training_type t ON t.id = tr.training_type_id JOIN role r ON r.id = tr.role_id ORDER BY t.id, r.id`,
      )).toEqual([{ type: 'advanced', role: 'super_user' }]);
      await q.query(`INSERT INTO wave (name, sort_order, planned_start, planned_end) VALUES ('Etappe 1', 0, '2026-01-05', '2026-03-27')`);
      await q.query(`INSERT INTO wave_member (unit_id, wave_id, changed_at) VALUES (3, 1, CURRENT_TIMESTAMP)`);
      await expect(q.query(`INSERT INTO wave_member (unit_id, wave_id, changed_at) VALUES (3, 1, CURRENT_TIMESTAMP)`)).rejects.toThrow(UNIQUE_VIOLATION);
    },
  },
  // Support arrives beside a running rollout: waves, progress and the activity
  // log must survive; the SLA defaults and a problem catalog that covers every
  // code the rollout method names must be there.
  Support1764100000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO level (name, rank) VALUES ('Landsforbund', 0), ('Fylkeslag', 1), ('Lokallag', 2)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('NO', 'Landsforbundet', 'landsforbundet', 1, NULL)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('39', 'Vestfold', 'vestfold', 2, 1)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('3901', 'Horten', 'horten', 3, 2)`);
      await q.query(`INSERT INTO wave (name, sort_order, planned_start, planned_end) VALUES ('Etappe 1', 0, '2026-01-05', '2026-03-27')`);
      await q.query(`INSERT INTO wave_member (unit_id, wave_id, changed_at) VALUES (3, 1, '2026-01-02 10:00:00')`);
      await q.query(
        `INSERT INTO stage_progress (unit_id, stage_id, state, done_date, changed_by, changed_at)
         SELECT 3, id, 'done', '2026-01-20', 'kari', '2026-01-20 09:00:00' FROM stage WHERE key = 'anchored'`,
      );
      await q.query(`INSERT INTO activity_log (at, actor, kind, unit_id, detail) VALUES ('2026-01-20 09:00:00', 'kari', 'progress', 3, '{"after":{"state":"done"}}')`);
    },
    verify: async (q) => {
      expect(await q.query(`SELECT unit_id, wave_id FROM wave_member ORDER BY unit_id`)).toEqual([{ unit_id: 3, wave_id: 1 }]);
      expect(await q.query(`SELECT s.key, p.state, p.done_date FROM stage_progress p JOIN stage s ON s.id = p.stage_id ORDER BY p.id`)).toEqual([
        { key: 'anchored', state: 'done', done_date: '2026-01-20' },
      ]);
      expect(await q.query(`SELECT actor, kind, detail FROM activity_log ORDER BY id`)).toEqual([
        { actor: 'kari', kind: 'progress', detail: '{"after":{"state":"done"}}' },
      ]);
      expect(booleans(await q.query(`SELECT tier, business_hours FROM sla_policy ORDER BY tier`), 'business_hours')).toEqual([
        { tier: 'chapter', business_hours: true }, { tier: 'national', business_hours: true },
        { tier: 'region', business_hours: true }, { tier: 'vendor', business_hours: true },
      ]);
      const rows: Array<{ codes: string; title_nb: string; title_en: string; steps_nb: string; steps_en: string }> =
        await q.query(`SELECT codes, title_nb, title_en, steps_nb, steps_en FROM problem ORDER BY id`);
      const codes = new Set(rows.flatMap((r) => r.codes.split('\n')).filter(Boolean));
      for (const code of [
        'AADSTS50126', 'AADSTS50034', 'AADSTS50053', 'AADSTS50055', 'AADSTS50144', 'AADSTS50057', 'AADSTS50076',
        'AADSTS50079', 'AADSTS50072', 'AADSTS50074', 'AADSTS50088', 'AADSTS50020', 'AADSTS500208', 'AADSTS50105',
        'AADSTS65001', 'AADSTS50173', 'AADSTS700082', 'AADSTS53000', 'AADSTS53003',
        'BID-1403', 'BID-1439', 'BID-14B1', 'BID-14D1', 'BID-1433',
      ]) expect({ code, seeded: codes.has(code) }).toEqual({ code, seeded: true });
      // BankID pop-ups and notifications, MinID, and the general cases have no codes but must be there too.
      expect(rows.length).toBeGreaterThanOrEqual(30);
      for (const r of rows) {
        expect(r.title_nb.length * r.title_en.length * r.steps_nb.length * r.steps_en.length).toBeGreaterThan(0);
      }
      await q.query(`INSERT INTO support_case (unit_id, reporter_name, tier, state, opened_at) VALUES (3, 'Ola', 'chapter', 'open', '2026-03-02 08:00:00')`);
      await expect(q.query(`INSERT INTO support_case (unit_id, reporter_name, tier, state, opened_at) VALUES (99, 'Ola', 'chapter', 'open', '2026-03-02 08:00:00')`)).rejects.toThrow(FOREIGN_KEY_VIOLATION);
    },
  },
  // Board roles arrive in a catalog people already use: roles, requirements and
  // assignments stay; only the elected chapter leader is marked, and a role a user
  // added stays unmarked.
  BoardRoles1764200000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO level (name, rank) VALUES ('Landsforbund', 0), ('Fylkeslag', 1), ('Lokallag', 2)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('NO', 'Landsforbundet', 'landsforbundet', 1, NULL)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('39', 'Vestfold', 'vestfold', 2, 1)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('3901', 'Horten', 'horten', 3, 2)`);
      await q.query(`INSERT INTO role (key, name_nb, name_en, sort_order) VALUES (NULL, 'Kasserer', 'Treasurer', 8)`);
      await q.query(`INSERT INTO person (name, search_name, email, home_unit_id) VALUES ('Kari Nordmann', 'kari nordmann', 'kari@example.no', 3)`);
      await q.query(
        `INSERT INTO assignment (person_id, role_id, unit_id, start_date, end_date)
         SELECT 1, id, 3, '2025-03-01', '2026-03-01' FROM role WHERE key IN ('chapter_leader', 'super_user')`,
      );
    },
    verify: async (q) => {
      expect(booleans(await q.query(`SELECT key, name_nb, board FROM role ORDER BY sort_order, id`), 'board')).toEqual([
        { key: 'system_owner', name_nb: 'Systemeier', board: false },
        { key: 'technical_owner', name_nb: 'Teknisk ansvarlig', board: false },
        { key: 'functional_owner', name_nb: 'Fagansvarlig', board: false },
        { key: 'functional_group', name_nb: 'Faggruppe', board: false },
        { key: 'sponsor', name_nb: 'Sponsor', board: false },
        { key: 'super_user', name_nb: 'Superbruker', board: false },
        { key: 'local_support', name_nb: 'Lokal supportkontakt', board: false },
        { key: 'chapter_leader', name_nb: 'Lagleder', board: true },
        { key: null, name_nb: 'Kasserer', board: false },
      ]);
      expect(await q.query(
        `SELECT r.key, a.start_date, a.end_date FROM assignment a JOIN role r ON r.id = a.role_id ORDER BY r.key`,
      )).toEqual([
        { key: 'chapter_leader', start_date: '2025-03-01', end_date: '2026-03-01' },
        { key: 'super_user', start_date: '2025-03-01', end_date: '2026-03-01' },
      ]);
      expect(await q.query(`SELECT COUNT(*) AS n FROM role_requirement`)).toEqual([{ n: 9 }]);
    },
  },
  // Corrections arrive beside cases already worked: their events keep their
  // notes (with an empty detail), and a tier that resolved a case without a
  // separate first response gets the resolution as its first response. A tier
  // that passed the case on unanswered, and an open case, stay unanswered.
  CaseCorrections1764300000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO level (name, rank) VALUES ('Landsforbund', 0), ('Fylkeslag', 1), ('Lokallag', 2)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('NO', 'Landsforbundet', 'landsforbundet', 1, NULL)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('39', 'Vestfold', 'vestfold', 2, 1)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('3901', 'Horten', 'horten', 3, 2)`);
      await q.query(
        `INSERT INTO support_case (unit_id, reporter_name, tier, state, opened_at, resolved_at, resolved_tier, resolution)
         VALUES (3, 'Ola', 'region', 'resolved', '2026-03-02 08:00:00', '2026-03-02 12:00:00', 'region', 'Ny invitasjon'),
                (3, 'Kari', 'chapter', 'open', '2026-03-03 08:00:00', NULL, NULL, '')`,
      );
      await q.query(
        `INSERT INTO case_tier_clock (case_id, tier, arrived_at, response_minutes, held_minutes, response_breached, resolution_breached)
         VALUES (1, 'chapter', '2026-03-02 08:00:00', NULL, 60, FALSE, FALSE), (1, 'region', '2026-03-02 09:00:00', NULL, 180, FALSE, FALSE),
                (2, 'chapter', '2026-03-03 08:00:00', NULL, 0, FALSE, FALSE)`,
      );
      await q.query(
        `INSERT INTO case_event (case_id, at, kind, from_tier, to_tier, note, actor)
         VALUES (1, '2026-03-02 09:00:00', 'escalated', 'chapter', 'region', 'Trenger tilgang', 'kari')`,
      );
    },
    verify: async (q) => {
      expect(await q.query(`SELECT kind, note, actor, detail FROM case_event ORDER BY id`)).toEqual([
        { kind: 'escalated', note: 'Trenger tilgang', actor: 'kari', detail: '{}' },
      ]);
      expect(await q.query(`SELECT case_id, tier, response_minutes, held_minutes FROM case_tier_clock ORDER BY id`)).toEqual([
        { case_id: 1, tier: 'chapter', response_minutes: null, held_minutes: 60 },
        { case_id: 1, tier: 'region', response_minutes: 180, held_minutes: 180 },
        { case_id: 2, tier: 'chapter', response_minutes: null, held_minutes: 0 },
      ]);
    },
  },
  // Key columns with unique indexes for names and codes. Rows that already collide by
  // case or Unicode form (Å1 typed as one character and as a + combining ring) keep
  // their names and codes; the later one's key is marked and listed in a setting.
  UniqueKeys1764400000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO level (name, rank) VALUES ('Landsforbund', 0), ('Fylkeslag', 1), ('FYLKESLAG', 2)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('NO', 'Landsforbundet', 'landsforbundet', 1, NULL)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('Å1', 'Åfjord', 'åfjord', 2, 1)`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id, parent_id) VALUES ('${'a\u030A'.normalize('NFD')}1', 'Åfjord igjen', 'åfjord igjen', 2, 1)`);
      await q.query(`INSERT INTO wave (name, sort_order, planned_start, planned_end) VALUES ('Etappe Øst', 0, '2026-01-01', '2026-03-01'), ('etappe øst', 1, '2026-04-01', '2026-06-01')`);
    },
    verify: async (q) => {
      expect(await q.query(`SELECT id, name, name_key FROM level ORDER BY id`)).toEqual([
        { id: 1, name: 'Landsforbund', name_key: 'landsforbund' },
        { id: 2, name: 'Fylkeslag', name_key: 'fylkeslag' },
        { id: 3, name: 'FYLKESLAG', name_key: 'fylkeslag#3' },
      ]);
      expect(await q.query(`SELECT code_key FROM unit ORDER BY id`)).toEqual([{ code_key: 'no' }, { code_key: 'å1' }, { code_key: 'å1#3' }]);
      expect(await q.query(`SELECT name, name_key FROM wave ORDER BY id`)).toEqual([
        { name: 'Etappe Øst', name_key: 'etappe øst' }, { name: 'etappe øst', name_key: 'etappe øst#2' },
      ]);
      const [setting]: Array<{ value: string }> = await q.query(`SELECT value FROM setting WHERE key = 'migration.duplicates'`);
      expect(JSON.parse(setting?.value ?? '[]')).toEqual([
        { table: 'unit', column: 'code', id: 3, value: 'a\u030A1'.normalize('NFD'), keptId: 2 },
        { table: 'level', column: 'name', id: 3, value: 'FYLKESLAG', keptId: 2 },
        { table: 'wave', column: 'name', id: 2, value: 'etappe øst', keptId: 1 },
      ]);
      // Seeded catalogs had no clashes: every role, stage, training type and problem keeps its plain key.
      const marked: Array<{ n: number }> = await q.query(
        `SELECT (SELECT COUNT(*) FROM role WHERE name_nb_key LIKE '%#%' OR name_en_key LIKE '%#%')
              + (SELECT COUNT(*) FROM stage WHERE name_nb_key LIKE '%#%' OR name_en_key LIKE '%#%')
              + (SELECT COUNT(*) FROM training_type WHERE name_nb_key LIKE '%#%' OR name_en_key LIKE '%#%')
              + (SELECT COUNT(*) FROM problem WHERE title_nb_key LIKE '%#%' OR title_en_key LIKE '%#%') AS n`,
      );
      expect(marked[0]?.n).toBe(0);
      expect(await q.query(`SELECT name_nb_key FROM role WHERE key = 'super_user'`)).toEqual([{ name_nb_key: 'superbruker' }]);
      await expect(q.query(`INSERT INTO level (name, name_key, rank) VALUES ('Lokallag', 'fylkeslag', 4)`)).rejects.toThrow(UNIQUE_VIOLATION);
      await expect(q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id) VALUES ('no', 'no', 'x', 'x', 1, 1)`)).rejects.toThrow(UNIQUE_VIOLATION);
    },
  },  Access1764700000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO role (name_nb, name_nb_key, name_en, name_en_key, sort_order) VALUES ('Kasserer', 'kasserer', 'Treasurer', 'treasurer', 99)`);
    },
    verify: async (q) => {
      const levels: Array<{ key: string | null; access_level: string; can_export: boolean | number }> =
        await q.query(`SELECT key, access_level, can_export FROM role ORDER BY sort_order, id`);
      const byKey = new Map(levels.map((r) => [r.key, [r.access_level, Boolean(r.can_export)]]));
      expect(byKey.get('system_owner')).toEqual(['administer', true]);
      expect(byKey.get('functional_owner')).toEqual(['edit_subtree', true]);
      expect(byKey.get('chapter_leader')).toEqual(['edit_unit', true]);
      expect(byKey.get('local_support')).toEqual(['support', false]);
      // A role the office added is read-only until someone says otherwise.
      expect(byKey.get(null)).toEqual(['read', false]);
      expect(await q.query(`SELECT COUNT(*) AS n FROM access_grant`)).toEqual([{ n: 0 }]);
    },
  },
  // Units and people get a folded search column, filled for the rows already there.
  SearchText1764900000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO level (name, name_key, rank) VALUES ('Lokallag', 'lokallag', 0)`);
      await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id) VALUES ('1515', '1515', 'Herøy', 'herøy', 1)`);
      await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id) VALUES ('AA-1', 'aa-1', 'Ærøy Ålgård', 'ærøy ålgård', 1, 1)`);
      await q.query(`INSERT INTO person (name, search_name, email, home_unit_id) VALUES ('Åse Sørensen', 'åse sørensen', 'ase@example.no', 2)`);
      await q.query(`INSERT INTO person (name, search_name) VALUES ('Zoë', 'zoë')`);
    },
    verify: async (q) => {
      expect(await q.query(`SELECT code, name, search_text FROM unit ORDER BY id`)).toEqual([
        { code: '1515', name: 'Herøy', search_text: 'heroy 1515' },
        { code: 'AA-1', name: 'Ærøy Ålgård', search_text: 'aroy algard a 1' },
      ]);
      expect(await q.query(`SELECT name, email, home_unit_id, search_text FROM person ORDER BY id`)).toEqual([
        { name: 'Åse Sørensen', email: 'ase@example.no', home_unit_id: 2, search_text: 'ase sorensen ase example no' },
        { name: 'Zoë', email: null, home_unit_id: null, search_text: 'zo' },
      ]);
      expect(await q.query(`SELECT name FROM unit WHERE search_text LIKE '%heroy%'`)).toEqual([{ name: 'Herøy' }]);
      },
    },
  // Accounts are new: a person in the register gets at most one, and its sessions go with it.
  Accounts1765100000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO person (name, search_name, email) VALUES ('Kari Nordmann', 'kari nordmann', 'kari@example.no')`);
    },
    verify: async (q) => {
      const [person]: Array<{ id: number }> = await q.query(`SELECT id FROM person WHERE email = 'kari@example.no'`);
      await q.query(`INSERT INTO user_account (person_id, password_hash) VALUES (?, NULL)`, [person?.id]);
      const [account]: Array<{ id: number; active: boolean | number; is_admin: boolean | number }> =
        await q.query(`SELECT id, active, is_admin FROM user_account WHERE person_id = ?`, [person?.id]);
      expect(booleans([account ?? { id: 0, active: 0, is_admin: 0 }], 'active', 'is_admin')[0]).toMatchObject({ active: true, is_admin: false });
      await expect(q.query(`INSERT INTO user_account (person_id) VALUES (?)`, [person?.id])).rejects.toThrow(UNIQUE_VIOLATION);
      await expect(q.query(`INSERT INTO user_account (person_id) VALUES (999999)`)).rejects.toThrow(FOREIGN_KEY_VIOLATION);
      await q.query(
        `INSERT INTO user_session (user_id, token_hash, created_at, last_used_at, expires_at) VALUES (?, 'abc', '2026-12-01 10:00:00.000', '2026-12-01 10:00:00.000', '2026-12-31 10:00:00.000')`,
        [account?.id],
      );
      await q.query(`DELETE FROM user_account WHERE id = ?`, [account?.id]);
      expect(await q.query(`SELECT COUNT(*) AS n FROM user_session`)).toEqual([{ n: 0 }]);
    },
  },
  // Seven guides join the catalog after the ones there; one the office already wrote by hand for
  // AADSTS90072 stays the only guide for that code, and its title and order are kept.
  MoreGuides1765500000000: {
    seed: async (q) => {
      await q.query(
        `INSERT INTO problem (key, title_nb, title_nb_key, title_en, title_en_key, resolve_tier, codes, fragments, sort_order)
         VALUES (NULL, 'Vår egen: annen leier', 'vår egen: annen leier', 'Our own: other tenant', 'our own: other tenant', 'national', 'AADSTS90072', '', 900)`,
      );
    },
    verify: async (q) => {
      const forCode: Array<{ key: string | null; title_nb: string; sort_order: number }> =
        await q.query(`SELECT key, title_nb, sort_order FROM problem WHERE codes LIKE '%AADSTS90072%' ORDER BY id`);
      expect(forCode).toEqual([{ key: null, title_nb: 'Vår egen: annen leier', sort_order: 900 }]);
      const added: Array<{ key: string; sort_order: number; codes: string }> =
        await q.query(`SELECT key, sort_order, codes FROM problem WHERE sort_order > 900 ORDER BY sort_order`);
      expect(added.map((p) => [p.key, Number(p.sort_order)])).toEqual([
        ['entra_silent_sign_in', 901], ['entra_reply_address', 902], ['entra_forgot_password', 903],
        ['minid_sms_code', 904], ['authenticator_no_prompt', 905], ['vipps_sign_in', 906],
      ]);
      expect(added[1]?.codes).toBe('AADSTS50011');
      // The seeded guides from before are all still there.
      expect(await q.query(`SELECT COUNT(*) AS n FROM problem WHERE key = 'entra_account_locked'`)).toEqual([{ n: 1 }]);
    },
  },
  // The undo journal is a new, empty table; nothing before it changes.
  UndoEntries1765700000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO level (name, name_key, rank) VALUES ('Angrenivå', 'angrenivå', 9)`);
    },
    verify: async (q) => {
      expect(await q.query(`SELECT name FROM level WHERE name_key = 'angrenivå'`)).toEqual([{ name: 'Angrenivå' }]);
      expect(await q.query(`SELECT COUNT(*) AS n FROM undo_entry`)).toEqual([{ n: 0 }]);
      await q.query(`INSERT INTO undo_entry (at, kind, unit_id, payload) VALUES ('2026-12-01 10:00:00.000', 'wave.delete', NULL, '{}')`);
      const [entry]: Array<{ kind: string; undone_at: unknown }> = await q.query(`SELECT kind, undone_at FROM undo_entry`);
      expect(entry).toEqual({ kind: 'wave.delete', undone_at: null });
    },
  },
  // «Innspill» is new: a unit with an entry cannot be deleted, and an erased raiser or a deleted stage leaves the entry.
  Feedback1765640000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO level (name, name_key, rank) VALUES ('Innspillnivå', 'innspillnivå', 8)`);
    },
    verify: async (q) => {
      const [level]: Array<{ id: number }> = await q.query(`SELECT id FROM level WHERE name_key = 'innspillnivå'`);
      await q.query(`INSERT INTO unit (code, name, search_name, level_id) VALUES ('IN1', 'Innspill', 'innspill', ?)`, [level?.id]);
      const [unit]: Array<{ id: number }> = await q.query(`SELECT id FROM unit WHERE code = 'IN1'`);
      await q.query(`INSERT INTO person (name, search_name) VALUES ('Ola Innspill', 'ola innspill')`);
      const [person]: Array<{ id: number }> = await q.query(`SELECT id FROM person WHERE name = 'Ola Innspill'`);
      await q.query(
        `INSERT INTO feedback_entry (unit_id, kind, title, raised_by_id, created_at) VALUES (?, 'need', 'Kurs', ?, '2026-12-01 10:00:00.000')`,
        [unit?.id, person?.id],
      );
      const [entry]: Array<{ status: string; votes: number | string; answer: string }> = await q.query(`SELECT status, votes, answer FROM feedback_entry`);
      expect({ ...entry, votes: Number(entry?.votes) }).toEqual({ status: 'new', votes: 1, answer: '' });
      await expect(q.query(`DELETE FROM unit WHERE id = ?`, [unit?.id])).rejects.toThrow(FOREIGN_KEY_VIOLATION);
      await q.query(`DELETE FROM person WHERE id = ?`, [person?.id]);
      expect(await q.query(`SELECT raised_by_id FROM feedback_entry`)).toEqual([{ raised_by_id: null }]);
    },
  },
  // The audit trail is new: existing rows are untouched, and the new table is append-only.
  Audit1764600000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO level (name, name_key, rank) VALUES ('Revisjon', 'revisjon', 9)`);
    },
    verify: async (q) => {
      expect(await q.query(`SELECT name FROM level WHERE name_key = 'revisjon'`)).toEqual([{ name: 'Revisjon' }]);
      await q.query(
        `INSERT INTO audit_event (at, actor_label, method, module, kind, changes) VALUES ('2026-12-01 10:00:00.000', 'Kari', 'people.update', 'people', 'change', '{"name":["Ola","Ole"]}')`,
      );
      await expect(q.query(`UPDATE audit_event SET method = 'x'`)).rejects.toThrow(/append-only/);
      await expect(q.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only|permission denied/);
      // The one update allowed: the redaction of an erased person's values.
      await q.query(`UPDATE audit_event SET redacted = TRUE, actor_label = 'slettet person', changes = '{}'`);
      expect(await q.query(`SELECT actor_label, changes FROM audit_event`)).toEqual([{ actor_label: 'slettet person', changes: '{}' }]);
    },
  },
  SupportFigures1766100000000: SUPPORT_FIGURES_FIXTURE,
  Gathering1766400000000: GATHERING_FIXTURE,
  UnitState1766500000000: UNIT_STATE_FIXTURE,
  TrainingState1766600000000: TRAINING_STATE_FIXTURE,
  // «Bruk» is new: a unit's usage and a level's targets go with the unit or level.
  Usage1766300000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO level (name, name_key, rank) VALUES ('Bruksnivå', 'bruksnivå', 8)`);
    },
    verify: async (q) => {
      const [level]: Array<{ id: number }> = await q.query(`SELECT id FROM level WHERE name_key = 'bruksnivå'`);
      await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id) VALUES ('BR1', 'br1', 'Bruk', 'bruk', ?)`, [level?.id]);
      const [unit]: Array<{ id: number }> = await q.query(`SELECT id FROM unit WHERE code = 'BR1'`);
      await q.query(`INSERT INTO usage_month (unit_id, month, active_users, sign_ins) VALUES (?, '2026-11', 3, 40)`, [unit?.id]);
      await q.query(`INSERT INTO usage_target (level_id, active_percent, sign_ins_hundredths) VALUES (?, 80, 150)`, [level?.id]);
      await q.query(`DELETE FROM unit WHERE id = ?`, [unit?.id]);
      expect(await q.query(`SELECT * FROM usage_month`)).toEqual([]);
      await q.query(`DELETE FROM level WHERE id = ?`, [level?.id]);
      expect(await q.query(`SELECT * FROM usage_target`)).toEqual([]);
    },
  },
  // Stage and wave messages are new: the method's stages get their "what to do now", a
  // person keeps their row with no known language, and a wave takes its messages with it.
  StageMessages1766200000000: {
    seed: async (q) => {
      await q.query(`INSERT INTO person (name, search_name) VALUES ('Mia Melding', 'mia melding')`);
      await q.query(`INSERT INTO wave (name, name_key, sort_order, planned_start, planned_end) VALUES ('Meldingsetappe', 'meldingsetappe', 1, '2026-01-01', '2026-06-30')`);
    },
    verify: async (q) => {
      expect(await q.query(`SELECT name, language FROM person WHERE name = 'Mia Melding'`)).toEqual([{ name: 'Mia Melding', language: null }]);
      const [guidance]: Array<{ n: number | string }> = await q.query(`SELECT COUNT(*) AS n FROM stage_guidance`);
      expect(Number(guidance?.n)).toBe(18);
      const [live]: Array<{ text_nb: string }> = await q.query(
        `SELECT g.text_nb FROM stage_guidance g JOIN stage s ON s.id = g.stage_id WHERE s.key = 'live' AND g.role_key = 'local_support'`,
      );
      expect(live?.text_nb).toContain('eskaleringsveien');
      const [wave]: Array<{ id: number }> = await q.query(`SELECT id FROM wave WHERE name_key = 'meldingsetappe'`);
      const [role]: Array<{ id: number }> = await q.query(`SELECT id FROM role WHERE key = 'super_user'`);
      await q.query(`INSERT INTO level (name, name_key, rank) VALUES ('Meldingsnivå', 'meldingsnivå', 7)`);
      const [level]: Array<{ id: number }> = await q.query(`SELECT id FROM level WHERE name_key = 'meldingsnivå'`);
      await q.query(
        `INSERT INTO wave_message (wave_id, timing, send_on, role_id, level_id, subject_nb) VALUES (?, 'before', '2025-12-15', ?, ?, 'Snart')`,
        [wave?.id, role?.id, level?.id],
      );
      await q.query(`DELETE FROM wave WHERE id = ?`, [wave?.id]);
      expect(await q.query(`SELECT id FROM wave_message`)).toEqual([]);
    },
  },
};
