// The upgrade fixture of SupportFigures1766100000000 (kept beside fixtures.ts, which is long):
// cases worked before the figures were stored get their due times and daily rollups from their events and clocks.
import type { QueryRunner } from 'typeorm';
import { expect } from 'vitest';

export const SUPPORT_FIGURES_FIXTURE = {
  // An open case opened Monday 2 March 2026 08:00 in Oslo (07:00 UTC) at the chapter, unanswered,
  // and one resolved: the open one's due times come from the chapter's default policy
  // (240 / 960 business minutes), the resolved one has none.
  seed: async (q: QueryRunner) => {
    await q.query(`INSERT INTO level (name, name_key, rank) VALUES ('Landsforbund', 'landsforbund', 0), ('Fylkeslag', 'fylkeslag', 1), ('Lokallag', 'lokallag', 2)`);
    await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id) VALUES ('NO', 'no', 'Landsforbundet', 'landsforbundet', 1, NULL)`);
    await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id) VALUES ('39', '39', 'Vestfold', 'vestfold', 2, 1)`);
    await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id) VALUES ('3901', '3901', 'Horten', 'horten', 3, 2)`);
    await q.query(
      `INSERT INTO support_case (unit_id, reporter_name, tier, state, opened_at, resolved_at, resolved_tier, resolution)
       VALUES (3, 'Ola', 'chapter', 'open', '2026-03-02 07:00:00.000', NULL, NULL, ''),
              (3, 'Kari', 'chapter', 'resolved', '2026-03-02 08:00:00.000', '2026-03-02 09:00:00.000', 'chapter', 'Nytt passord')`,
    );
    await q.query(
      `INSERT INTO case_tier_clock (case_id, tier, arrived_at, response_minutes, held_minutes, response_breached, resolution_breached)
       VALUES (1, 'chapter', '2026-03-02 07:00:00.000', NULL, 0, FALSE, FALSE), (2, 'chapter', '2026-03-02 08:00:00.000', 60, 60, FALSE, FALSE)`,
    );
    await q.query(
      `INSERT INTO case_event (case_id, at, kind, from_tier, to_tier, note, actor)
       VALUES (1, '2026-03-02 07:00:00.000', 'opened', NULL, 'chapter', '', 'kari'), (2, '2026-03-02 08:00:00.000', 'opened', NULL, 'chapter', '', 'kari'),
              (2, '2026-03-02 09:00:00.000', 'resolved', 'chapter', 'chapter', 'Nytt passord', 'kari')`,
    );
  },
  verify: async (q: QueryRunner) => {
    expect(await q.query(`SELECT id, response_due_at, resolution_due_at, overdue_at FROM support_case ORDER BY id`)).toEqual([
      // Due 12:00 and Tuesday 16:00 in Oslo; overdue from the minute after the response target.
      { id: 1, response_due_at: '2026-03-02 11:00:00.000', resolution_due_at: '2026-03-03 15:00:00.000', overdue_at: '2026-03-02 11:01:00.000' },
      { id: 2, response_due_at: null, resolution_due_at: null, overdue_at: null },
    ]);
    // Both opened on 2 March at Horten (unit 3) under the chapter, one solved there after 60 minutes.
    expect(await q.query(`SELECT day, unit_id, tier, opened, solved, reached, responses, response_minutes, resolution_minutes FROM support_day ORDER BY day, unit_id, tier`)).toEqual([
      { day: '2026-03-02', unit_id: 3, tier: 'chapter', opened: 2, solved: 1, reached: 2, responses: 1, response_minutes: 60, resolution_minutes: 60 },
    ]);
    expect(await q.query(`SELECT measure, bucket, n FROM support_day_minutes ORDER BY measure, bucket`)).toEqual([
      { measure: 'resolution', bucket: 12, n: 1 }, { measure: 'response', bucket: 12, n: 1 },
    ]);
    expect(await q.query(`SELECT problem_key, cases FROM support_day_problem ORDER BY problem_key`)).toEqual([{ problem_key: 0, cases: 2 }]);
  },
};
