// forankring rebuild-figures: the stored support figures (daily rollups, due times)
// worked out again from the cases, the units' rollout states from their stages and
// waves, and the people's training facts from their attendance, here after they were
// wiped or spoiled behind the core's back.
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/core';
import { RESOURCES_DIR } from '../support/db';
import { runSql } from '../core/backup/helpers';
import { cli, workspace } from './helpers';

const FIGURES = `SELECT (SELECT COUNT(*) FROM support_day) AS days, (SELECT COUNT(*) FROM support_day_minutes) AS buckets,
  (SELECT COUNT(*) FROM support_day_problem) AS problems, (SELECT COUNT(*) FROM support_case WHERE overdue_at IS NOT NULL) AS due,
  (SELECT SUM(opened) FROM support_day) AS opened, (SELECT SUM(solved) FROM support_day) AS solved`;

const STATES = 'SELECT * FROM unit_rollout_state ORDER BY unit_id';
const TRAINING = 'SELECT * FROM training_person_state ORDER BY person_id, fact, valid_from';

describe('forankring rebuild-figures', () => {
  it('restores the rollups, the due times, the rollout states and the training facts the writes kept', async () => {
    const { dir, db } = workspace();
    // Monday 2 March 2026, 10:00 in Oslo: every write the same minute of one Oslo day.
    const app = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR, now: () => new Date('2026-03-02T09:00:00Z') });
    try {
      expect((await app.dispatch('demo.load', {})).ok).toBe(true);
      const [unit] = (await app.ds.query('SELECT id FROM unit WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1')) as Array<{ id: number }>;
      for (let i = 0; i < 3; i++) {
        const opened = await app.dispatch('cases.open', { unitId: unit?.id, reporterName: 'Ola', description: 'Kommer ikke inn' });
        if (!opened.ok) throw new Error(opened.error.code);
        const id = (opened.value as { id: number }).id;
        if (i > 0) expect((await app.dispatch('cases.respond', { id })).ok).toBe(true);
        if (i > 1) expect((await app.dispatch('cases.resolve', { id, resolution: 'Løst' })).ok).toBe(true);
      }
      const [stage] = (await app.ds.query('SELECT id FROM stage ORDER BY sort_order LIMIT 1')) as Array<{ id: number }>;
      expect((await app.dispatch('rollout.setStage', { unitId: unit?.id, stageId: stage?.id, state: 'done' })).ok).toBe(true);
      // Two people at a basic training and one of them at a refresher.
      const people: number[] = [];
      for (const name of ['Kari', 'Ola']) {
        const made = await app.dispatch('people.create', { name });
        if (!made.ok) throw new Error(made.error.code);
        people.push((made.value as { id: number }).id);
      }
      const [basic, refresher] = (await app.ds.query("SELECT id FROM training_type WHERE key IN ('basic', 'refresher') ORDER BY key")) as Array<{ id: number }>;
      for (const [typeId, date, attendeeIds] of [[basic?.id, '2025-02-01', people], [refresher?.id, '2026-02-01', people.slice(0, 1)]] as const) {
        expect((await app.dispatch('trainingSessions.create', { typeId, date, unitId: unit?.id, format: 'in_person', attendeeIds })).ok).toBe(true);
      }
    } finally {
      await app.close();
    }
    const kept = await runSql(db, FIGURES);
    const states = (await runSql(db, STATES)) as Array<Record<string, unknown>>;
    const training = await runSql(db, TRAINING);
    // Each of the two has attended, basic training and a refresher span.
    expect(training).toHaveLength(6);
    // Every active unit of the demo has a state; the one set above has a stage done.
    expect(states.length).toBeGreaterThan(100);
    expect(states.some((s) => Number(s.done_stages) > 0)).toBe(true);
    // One day at one unit under the chapter; two answers and one resolution, all in bucket 0.
    expect(kept).toEqual([{ days: 1, buckets: 2, problems: 1, due: 2, opened: 3, solved: 1 }]);
    await runSql(db, 'DELETE FROM support_day');
    await runSql(db, 'DELETE FROM support_day_minutes');
    await runSql(db, 'UPDATE support_case SET overdue_at = NULL, response_due_at = NULL');
    await runSql(db, 'DELETE FROM unit_rollout_state WHERE unit_id % 2 = 0');
    await runSql(db, 'UPDATE unit_rollout_state SET done_stages = 0, late_after = NULL, region_id = NULL');
    await runSql(db, "DELETE FROM training_person_state WHERE fact = 'basic'");
    await runSql(db, "UPDATE training_person_state SET valid_until = '2030-01-01' WHERE fact = 'refresh'");

    const run = await cli(['--db', db, 'rebuild-figures'], { cwd: dir });
    expect(run).toEqual({
      code: 0,
      stdout: [
        `Brukerstøttetallene i ${db} er regnet ut på nytt fra 3 saker.`,
        `Utrullingsstatusen er regnet ut på nytt for ${states.length} enheter.`,
        'Opplæringsfaktaene er regnet ut på nytt for 2 personer med oppmøte.',
      ],
      stderr: [],
    });
    expect(await runSql(db, FIGURES)).toEqual(kept);
    expect(await runSql(db, STATES)).toEqual(states);
    expect(await runSql(db, TRAINING)).toEqual(training);
  });

  it('takes no file argument', async () => {
    expect(await cli(['rebuild-figures', 'x.sqlite'])).toMatchObject({ code: 2 });
  });
});
