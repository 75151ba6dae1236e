// Lead times: days from effective planned date to done date, per region.
import { describe, expect, it } from 'vitest';
import { openRolloutFixture } from './status-fixture';

describe('rollout.leadTimes', () => {
  it('averages and medians the days from planned to done per region, using the unit overrides', async () => {
    const fx = await openRolloutFixture();
    const { east, herøy, våler, bø } = fx.org;
    await fx.wave('Etappe 1', '2026-06-30', ['2026-03-01', '2026-03-10', '2026-03-20', '2026-04-01', '2026-04-10', '2026-05-10'], [east.id, herøy.id, våler.id, bø.id]);
    // Østlandet: 2 days late, 1 day early, 10 days late against the unit's own date, 30 days late.
    await fx.progress(herøy.id, 'anchored', 'done', { doneDate: '2026-03-03' });
    await fx.progress(herøy.id, 'super_user', 'done', { doneDate: '2026-03-09' });
    await fx.progress(våler.id, 'anchored', 'done', { doneDate: '2026-03-15', plannedDate: '2026-03-05' });
    await fx.progress(east.id, 'anchored', 'done', { doneDate: '2026-03-31' });
    // Not done, or done without a date: no sample.
    await fx.progress(våler.id, 'super_user', 'in_progress');
    await fx.progress(east.id, 'super_user', 'done');
    // Across the spring DST change: still whole calendar days.
    await fx.progress(bø.id, 'basic_training', 'done', { doneDate: '2026-03-30' });

    const rows = await fx.core.call('rollout.leadTimes');
    expect(rows).toEqual([
      { regionId: east.id, code: '01', name: 'Østlandet', samples: 4, averageDays: (2 - 1 + 10 + 30) / 4, medianDays: 6 },
      { regionId: fx.org.west.id, code: '02', name: 'Vestlandet', samples: 1, averageDays: 10, medianDays: 10 },
    ]);
  });

  it('lists a region without samples with empty averages', async () => {
    const fx = await openRolloutFixture();
    const rows = await fx.core.call('rollout.leadTimes');
    expect(rows.map((r) => [r.code, r.samples, r.averageDays, r.medianDays])).toEqual([['01', 0, null, null], ['02', 0, null, null]]);
  });
});
