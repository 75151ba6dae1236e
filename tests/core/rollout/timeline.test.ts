// The timeline: each wave's planned dates against when work actually started
// and when the last unit went live.
import { describe, expect, it } from 'vitest';
import { openRolloutFixture, weekly } from './status-fixture';

describe('rollout.timeline', () => {
  it('shows planned against actual, and ends a wave only when every unit is live', async () => {
    const fx = await openRolloutFixture();
    const { herøy, våler, bø } = fx.org;
    await fx.wave('Etappe 1', '2026-03-10', weekly('2026-02-01'), [herøy.id, våler.id]);
    await fx.wave('Etappe 2', '2026-09-30', weekly('2026-06-01'), [bø.id]);
    await fx.wave('Tom', '2026-12-31', weekly('2026-10-01'), []);
    await fx.progress(herøy.id, 'anchored', 'done', { doneDate: '2026-02-03' });
    await fx.progress(herøy.id, 'live', 'done', { doneDate: '2026-03-02' });
    await fx.progress(våler.id, 'anchored', 'done', { doneDate: '2026-01-30' });

    let timeline = await fx.core.call('rollout.timeline');
    expect(timeline.map((w) => [w.name, w.plannedStart, w.plannedEnd, w.actualStart, w.actualEnd, w.units, w.late])).toEqual([
      ['Etappe 1', '2026-02-01', '2026-03-10', '2026-01-30', null, 2, 2],
      ['Etappe 2', '2026-06-01', '2026-09-30', null, null, 1, 0],
      ['Tom', '2026-10-01', '2026-12-31', null, null, 0, 0],
    ]);
    expect(timeline[0]?.shareDone).toBeCloseTo(3 / 12);

    await fx.progress(våler.id, 'live', 'done', { doneDate: '2026-03-12' });
    timeline = await fx.core.call('rollout.timeline');
    expect(timeline[0]?.actualEnd).toBe('2026-03-12');
  });
});
