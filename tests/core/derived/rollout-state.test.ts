// The stored unit rollout states (derived/rollout-state.ts) against the same figures
// worked out from scratch: after random sequences of writes (stages, bulk changes and
// their undo, waves and their dates, deleted and restored waves, checklist changes,
// tree changes, assignments and erasures), the stored rows equal a fresh computation,
// and the Overview and the Timeline equal today's reference computation
// (bench/raw/rollout-reference.ts) on several days and settings. Runs on the driver
// the run chooses (FORANKRING_TEST_DRIVER).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDashboardReference, computeTimelineReference } from '../../../bench/raw/rollout-reference';
import { computeRolloutStateRows } from '../../../src/core/derived/rollout-state';
import { addDays } from '../../../src/core/ownership/dates';
import { computeDashboard, type DashboardOptions } from '../../../src/core/rollout/dashboard';
import { computeTimeline } from '../../../src/core/rollout/timeline';
import { ON_POSTGRES } from '../../support/postgres';
import type { TestCore } from '../../support/db';
import { openFixture, smallOrg } from '../ownership/coverage-fixture';
import { runWrite, writeArb, type Org } from './rollout-writes';

const FLAGS = new Set([7, 10, 12, 13]);
/** Rows as plain values: SQLite's 0/1 and PostgreSQL's booleans alike, in unit order. */
const plain = (rows: unknown[][]) => rows
  .map((r) => r.map((v, i) => (FLAGS.has(i) ? Boolean(v) : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v)))
  .sort((a, b) => Number(a[0]) - Number(b[0]));

async function storedRows(core: TestCore): Promise<unknown[][]> {
  const rows: Array<Record<string, unknown>> = await core.ds.query(
    `SELECT unit_id, region_id, wave_id, wave_end, done_stages, position_kind, done_through_stage_id, blocked, late_after,
            first_done_date, live_done, live_done_date, super_user_open, basic_training_open FROM unit_rollout_state`,
  );
  return rows.map((r) => Object.values(r));
}

const settingsArb = fc.record({
  basicTrainingPercent: fc.integer({ min: 1, max: 100 }), atRiskDays: fc.integer({ min: 1, max: 90 }),
  atRiskPercent: fc.integer({ min: 1, max: 100 }), newcomerDays: fc.integer({ min: 1, max: 90 }),
});
const todayArb = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));

describe('unit rollout state', () => {
  it('equals the state worked out from scratch, and the Overview and Timeline equal the reference, after any writes', async () => {
    let taken = 0;
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(writeArb, { minLength: 4, maxLength: ON_POSTGRES ? 16 : 30, size: 'medium' }), fc.array(todayArb, { minLength: 2, maxLength: 3 }), settingsArb,
        async (writes, days, settings) => {
          const fx = await openFixture();
          const small = await smallOrg(fx.core);
          // A wave over one region to begin with, so the first writes have a plan to work in.
          const wave = await fx.core.call('waves.create', { name: 'Etappe Øst', plannedStart: '2026-01-05', plannedEnd: '2026-04-30' });
          await fx.core.call('waves.addRegion', { waveId: wave.id, regionId: small.east.id });
          const [chapter] = await fx.core.ds.query('SELECT id FROM level WHERE rank = 2');
          const org: Org = { chapterLevel: Number(chapter.id), made: 0, taken: 0 };
          for (const w of writes) await runWrite(fx.core, org, w);
          taken += org.taken;
          tried += writes.length;

          const em = fx.core.ds.manager;
          expect(plain(await storedRows(fx.core))).toEqual(plain(await computeRolloutStateRows(em)));
          const waves: Array<{ id: number }> = await em.query('SELECT id FROM wave ORDER BY id');
          for (const today of days) {
            const options: DashboardOptions = { today, settings };
            for (const waveId of [null, ...waves.map((w) => Number(w.id))]) {
              expect(await computeDashboard(em, waveId, options)).toEqual(await computeDashboardReference(em, waveId, options));
            }
            expect(await computeTimeline(em, options)).toEqual(await computeTimelineReference(em, options));
          }
          await fx.core.close();
        }),
      { numRuns: ON_POSTGRES ? 8 : 20, seed: Number(process.env.FORANKRING_PROPERTY_SEED ?? 16) },
    );
    // The sequences did write: most writes are taken, not refused.
    expect(taken).toBeGreaterThan(tried * 0.7);
  }, 600_000);

  it('turns a unit late the day after a planned date and at risk within the horizon of the wave end, with no write', async () => {
    const fx = await openFixture();
    const small = await smallOrg(fx.core);
    const wave = await fx.core.call('waves.create', { name: 'Etappe Vest', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' });
    await fx.core.call('waves.addRegion', { waveId: wave.id, regionId: small.west.id });
    const first = wave.stageDates[0];
    if (!first) throw new Error('no stage dates');
    const em = fx.core.ds.manager;
    const stored = await storedRows(fx.core);
    const settings = { basicTrainingPercent: 80, atRiskDays: 14, atRiskPercent: 50, newcomerDays: 60 };
    const on = async (today: string) => (await computeDashboard(em, wave.id, { today, settings })).national;
    // Region 02 and Bø: nothing done, so late once the first stage's date has passed.
    expect((await on(first.plannedDate)).late).toBe(0);
    expect((await on(addDays(first.plannedDate, 1))).late).toBe(2);
    expect((await on('2026-06-15')).atRisk).toBe(0);
    expect((await on('2026-06-16')).atRisk).toBe(2);
    expect(await storedRows(fx.core)).toEqual(stored);
  });
});
