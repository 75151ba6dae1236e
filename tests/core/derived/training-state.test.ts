// The stored training facts (derived/training-state.ts, read in training/facts.ts) against
// the figures worked out from scratch: after random sequences of writes (assignments made,
// ended and the end undone, people erased, sessions and their attendance created, changed,
// deleted and restored, a type's validity changed, units archived and restored), the stored
// rows equal a fresh computation, and the figures for the nation, each region, each unit, a
// scope of units and the Overview equal today's reference computation
// (bench/raw/training-reference.ts) on random days, among them the exact days a validity
// ends, a refresher falls due and a newcomer stops being one. Runs on the driver the run
// chooses (FORANKRING_TEST_DRIVER).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDashboardReference } from '../../../bench/raw/rollout-reference';
import { computeTrainingFiguresReference } from '../../../bench/raw/training-reference';
import { computeTrainingStateRows } from '../../../src/core/derived/training-state';
import { loadFlatUnits, regionResolver } from '../../../src/core/ownership/coverage';
import { addDays } from '../../../src/core/ownership/dates';
import { computeDashboard } from '../../../src/core/rollout/dashboard';
import { computeTrainingFigures, type TrainingRollup } from '../../../src/core/training/figures';
import { addMonthsIso } from '../../../src/core/training/validity';
import { ON_POSTGRES } from '../../support/postgres';
import type { TestCore } from '../../support/db';
import { openFixture, smallOrg } from '../ownership/coverage-fixture';
import { runTrainingWrite, trainingWriteArb, type Counts } from './training-writes';

type Row = [number, string, string, string | null];
const sorted = (rows: Row[]) => rows.map((r): Row => [Number(r[0]), r[1], r[2], r[3]]).sort((a, b) => a.join('|').localeCompare(b.join('|')));

async function storedRows(core: TestCore): Promise<Row[]> {
  const rows: Array<{ p: number; f: string; a: string; b: string | null }> = await core.ds.query(
    'SELECT person_id AS p, fact AS f, valid_from AS a, valid_until AS b FROM training_person_state',
  );
  return rows.map((r) => [r.p, r.f, r.a, r.b]);
}

/** The days a figure may turn on: each span's ends, each start and end of a role, a newcomer's last day and a year after a start. */
async function turningDays(core: TestCore, newcomerDays: number): Promise<string[]> {
  const spans: Array<{ a: string; b: string | null }> = await core.ds.query('SELECT valid_from AS a, valid_until AS b FROM training_person_state');
  const roles: Array<{ s: string; e: string | null }> = await core.ds.query('SELECT start_date AS s, end_date AS e FROM assignment');
  const days = new Set<string>();
  for (const { a, b } of spans) for (const d of [a, b]) if (d) days.add(d).add(addDays(d, -1));
  for (const { s, e } of roles) {
    for (const d of [s, e, addDays(s, newcomerDays), addMonthsIso(s, 12)]) if (d) days.add(d).add(addDays(d, -1));
  }
  return [...days].sort();
}

/** The parts of a roll-up that reach the screens, as plain values. */
const shown = (r: TrainingRollup) => ({ units: r.units, regions: r.regions, national: r.national, nationalLevel: r.nationalLevel });

const RUNS = ON_POSTGRES ? 6 : 15;

describe('training person state', () => {
  it('equals the state worked out from scratch, and every training figure equals the reference, after any writes', async () => {
    let taken = 0;
    let tried = 0;
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(trainingWriteArb, { minLength: 6, maxLength: ON_POSTGRES ? 18 : 30, size: 'medium' }),
        fc.array(fc.nat(), { minLength: 3, maxLength: 5 }),
        fc.integer({ min: 1, max: 90 }),
        async (writes, dayPicks, newcomerDays) => {
          const fx = await openFixture();
          const small = await smallOrg(fx.core);
          const counts: Counts = { made: 0, taken: 0 };
          for (const w of writes) await runTrainingWrite(fx.core, counts, w);
          taken += counts.taken;
          tried += writes.length;

          const em = fx.core.ds.manager;
          expect(sorted(await storedRows(fx.core))).toEqual(sorted(await computeTrainingStateRows(em)));
          const resolve = regionResolver(await loadFlatUnits(em));
          const regionOf = (unitId: number) => resolve(unitId)?.id ?? null;
          const candidates = await turningDays(fx.core, newcomerDays);
          const days = [...new Set(dayPicks.map((i) => candidates[i % candidates.length] ?? '2026-03-15'))];
          const scope = [small.east.id, small.herøy.id, small.våler.id];
          for (const today of days) {
            const options = { today, newcomerDays, regionOf };
            expect(shown(await computeTrainingFigures(em, options))).toEqual(shown(await computeTrainingFiguresReference(em, options)));
            const scoped = { ...options, unitIds: scope };
            expect(shown(await computeTrainingFigures(em, scoped))).toEqual(shown(await computeTrainingFiguresReference(em, scoped)));
            const settings = { basicTrainingPercent: 50, atRiskDays: 14, atRiskPercent: 50, newcomerDays };
            expect(await computeDashboard(em, null, { today, settings })).toEqual(await computeDashboardReference(em, null, { today, settings }));
            compared += 1;
          }
          await fx.core.close();
        },
      ),
      { numRuns: RUNS, seed: Number(process.env.FORANKRING_PROPERTY_SEED ?? 16) },
    );
    // The sequences did write: most writes are taken, not refused, and days were compared.
    expect(taken).toBeGreaterThan(tried * 0.6);
    expect(compared).toBeGreaterThan(RUNS * 2);
  }, 600_000);
});
