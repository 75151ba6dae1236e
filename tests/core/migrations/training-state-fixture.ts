// The upgrade fixture of TrainingState1766600000000 (kept beside fixtures.ts, which is long):
// people who attended sessions before the training facts were stored get their spans, each
// fact's overlapping spans merged; someone who attended nothing has no row.
import type { QueryRunner } from 'typeorm';
import { expect } from 'vitest';

const session = (key: string, date: string) =>
  `INSERT INTO training_session (type_id, date, unit_id, format) SELECT id, '${date}', 1, 'in_person' FROM training_type WHERE key = '${key}'`;

export const TRAINING_STATE_FIXTURE = {
  seed: async (q: QueryRunner) => {
    await q.query(`INSERT INTO level (name, name_key, rank) VALUES ('Landsforbund', 'landsforbund', 0)`);
    await q.query(`INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id) VALUES ('NO', 'no', 'Landsforbundet', 'landsforbundet', 1, NULL)`);
    for (const name of ['Kari', 'Ola', 'Per']) await q.query(`INSERT INTO person (name, search_name) VALUES (?, ?)`, [name, name.toLowerCase()]);
    // Sessions 1-4: basic twice (24 months), a focus session, advanced (for good).
    await q.query(session('basic', '2025-03-01'));
    await q.query(session('basic', '2026-02-10'));
    await q.query(session('focus', '2024-06-01'));
    await q.query(session('advanced', '2026-05-05'));
    await q.query(`INSERT INTO attendance (session_id, person_id) VALUES (1, 1), (2, 1), (3, 1), (4, 2)`);
  },
  verify: async (q: QueryRunner) => {
    const rows = await q.query(`SELECT person_id, fact, valid_from, valid_until FROM training_person_state ORDER BY person_id, fact, valid_from`);
    expect(rows).toEqual([
      { person_id: 1, fact: 'attended', valid_from: '2024-06-01', valid_until: null },
      // The second basic training falls within the first one's validity: one span to two years after it.
      { person_id: 1, fact: 'basic', valid_from: '2025-03-01', valid_until: '2028-02-10' },
      // Basic training is a refresher too, for a year.
      { person_id: 1, fact: 'refresh', valid_from: '2025-03-01', valid_until: '2027-02-10' },
      { person_id: 2, fact: 'advanced', valid_from: '2026-05-05', valid_until: null },
      { person_id: 2, fact: 'attended', valid_from: '2026-05-05', valid_until: null },
    ]);
  },
};
