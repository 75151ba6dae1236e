// The upgrade fixture of UnitState1766500000000 (kept beside fixtures.ts, which is long):
// a rollout planned and worked before the unit states were stored gets each active unit's
// row from its stages, its wave and the wave's dates.
import type { QueryRunner } from 'typeorm';
import { expect } from 'vitest';

const stageId = (key: string) => `(SELECT id FROM stage WHERE key = '${key}')`;

export const UNIT_STATE_FIXTURE = {
  // Horten is in a wave, anchored on 10 January and blocked on its super-user; Tønsberg has no
  // wave and nothing begun; an archived chapter has no row.
  seed: async (q: QueryRunner) => {
    await q.query(`INSERT INTO level (name, name_key, rank) VALUES ('Landsforbund', 'landsforbund', 0), ('Fylkeslag', 'fylkeslag', 1), ('Lokallag', 'lokallag', 2)`);
    await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id) VALUES ('NO', 'no', 'Landsforbundet', 'landsforbundet', 1, NULL)`);
    await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id) VALUES ('39', '39', 'Vestfold', 'vestfold', 2, 1)`);
    await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id) VALUES ('3901', '3901', 'Horten', 'horten', 3, 2)`);
    await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id) VALUES ('3902', '3902', 'Tønsberg', 'tønsberg', 3, 2)`);
    await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id, archived) VALUES ('3903', '3903', 'Re', 're', 3, 2, TRUE)`);
    await q.query(`INSERT INTO wave (name, sort_order, planned_start, planned_end) VALUES ('Etappe 1', 0, '2026-01-05', '2026-03-27')`);
    await q.query(`INSERT INTO wave_stage_date (wave_id, stage_id, planned_date) SELECT 1, id, '2026-01-15' FROM stage WHERE key = 'anchored'`);
    await q.query(`INSERT INTO wave_stage_date (wave_id, stage_id, planned_date) SELECT 1, id, '2026-02-01' FROM stage WHERE key = 'super_user'`);
    await q.query(`INSERT INTO wave_member (unit_id, wave_id, changed_at) VALUES (3, 1, CURRENT_TIMESTAMP), (5, 1, CURRENT_TIMESTAMP)`);
    await q.query(
      `INSERT INTO stage_progress (unit_id, stage_id, state, blocked_reason, planned_date, done_date, note, changed_by, changed_at)
       VALUES (3, ${stageId('anchored')}, 'done', '', NULL, '2026-01-10', '', 'kari', CURRENT_TIMESTAMP),
              (3, ${stageId('super_user')}, 'blocked', 'Ingen kandidat', NULL, NULL, '', 'kari', CURRENT_TIMESTAMP)`,
    );
  },
  verify: async (q: QueryRunner) => {
    const [anchored] = await q.query(`SELECT id FROM stage WHERE key = 'anchored'`);
    const rows: Array<Record<string, unknown>> = await q.query(
      `SELECT unit_id, region_id, wave_id, wave_end, done_stages, position_kind, done_through_stage_id, blocked, late_after,
              first_done_date, live_done, live_done_date, super_user_open, basic_training_open
       FROM unit_rollout_state ORDER BY unit_id`,
    );
    const flags = ['blocked', 'live_done', 'super_user_open', 'basic_training_open'];
    const plain = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, flags.includes(k) ? Boolean(v) : v])));
    const idle = { wave_id: null, wave_end: null, done_stages: 0, position_kind: 'not_planned', done_through_stage_id: null, blocked: false, late_after: null, first_done_date: null, live_done: false, live_done_date: null, super_user_open: true, basic_training_open: true };
    expect(plain).toEqual([
      { unit_id: 1, region_id: null, ...idle },
      { unit_id: 2, region_id: 2, ...idle },
      // Late from the super-user stage's planned date (the anchored one is done).
      { unit_id: 3, region_id: 2, wave_id: 1, wave_end: '2026-03-27', done_stages: 1, position_kind: 'done', done_through_stage_id: anchored.id, blocked: true, late_after: '2026-02-01', first_done_date: '2026-01-10', live_done: false, live_done_date: null, super_user_open: true, basic_training_open: true },
      { unit_id: 4, region_id: 2, ...idle },
    ]);
  },
};
