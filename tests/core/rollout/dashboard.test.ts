// The dashboard roll-up: stage distribution, late/blocked/at-risk counts and
// training coverage for the nation and each region, and for one wave.
import { describe, expect, it } from 'vitest';
import type { RolloutFigures } from '../../../src/shared/types-rollout';
import { openRolloutFixture, weekly } from './status-fixture';

describe('rollout.dashboard', () => {
  it('counts units by what is done, late, blocked and at risk, per region and nationally', async () => {
    const fx = await openRolloutFixture();
    const { east, west, herøy, våler, bø } = fx.org;
    const s = fx.stages;
    await fx.wave('Etappe 1', '2026-03-20', weekly('2026-02-01'), [east.id, herøy.id, våler.id]);
    await fx.wave('Etappe 2', '2026-09-30', weekly('2026-06-01'), [west.id, bø.id]);
    for (const key of ['anchored', 'super_user', 'basic_training', 'access_ready', 'live', 'follow_up'] as const) {
      await fx.progress(herøy.id, key, 'done', { doneDate: '2026-03-01' });
    }
    await fx.progress(våler.id, 'anchored', 'done', { doneDate: '2026-02-01' });
    await fx.progress(bø.id, 'anchored', 'blocked', { blockedReason: 'Ingen leder' });
    const d = await fx.core.call('rollout.dashboard', { waveId: null });

    expect(d.today).toBe('2026-03-15');
    const counts = (f: RolloutFigures) =>
      Object.fromEntries(f.positions.filter((c) => c.units > 0).map((c) => [`${c.kind}:${c.stageId ?? ''}`, c.units]));
    // Six active units: not planned, not started, then done through each stage, in order (the last = all done).
    expect(d.national.positions.map((c) => [c.kind, c.stageId])).toEqual([
      ['not_planned', null], ['not_started', null],
      ...[s.anchored, s.super_user, s.basic_training, s.access_ready, s.live, s.follow_up].map((id) => ['done', id]),
    ]);
    // Nothing done is never counted under a stage: the national office is in no wave (not planned); both regions
    // and Bø (blocked on its first stage) have not started; Våler is done through «Forankret», Herøy all through.
    expect(counts(d.national)).toEqual({ 'not_planned:': 1, 'not_started:': 3, [`done:${s.anchored}`]: 1, [`done:${s.follow_up}`]: 1 });
    expect(d.national).toMatchObject({ units: 6, late: 2, blocked: 1, atRisk: 3 });
    expect(d.national.shareDone).toBeCloseTo(7 / 36);
    expect(d.regions.map((r) => [r.code, r.units, r.late, r.blocked, r.atRisk])).toEqual([
      // Østlandet's wave ends in 5 days: the region unit (0 %) and Våler (17 %) are at risk and late; Herøy is done.
      ['01', 3, 2, 0, 2],
      ['02', 2, 0, 1, 1],
    ]);
    expect(counts(d.regions[0] ?? d.national)).toEqual({ 'not_started:': 1, [`done:${s.anchored}`]: 1, [`done:${s.follow_up}`]: 1 });
    expect(d.regions[0]?.shareDone).toBeCloseTo(7 / 18);
    // The national office belongs to no region but counts nationally.
    expect(d.regions.reduce((n, r) => n + r.units, 0)).toBe(5);
  });

  it('restricts everything to one wave, and refuses an unknown wave', async () => {
    const fx = await openRolloutFixture();
    const { east, west, herøy, våler, bø } = fx.org;
    const first = await fx.wave('Etappe 1', '2026-06-30', weekly('2026-04-01'), [herøy.id, våler.id]);
    await fx.wave('Etappe 2', '2026-09-30', weekly('2026-06-01'), [west.id, bø.id]);
    await fx.progress(herøy.id, 'anchored', 'done', { doneDate: '2026-03-01' });
    const d = await fx.core.call('rollout.dashboard', { waveId: first });
    expect(d.national.units).toBe(2);
    expect(d.national.shareDone).toBeCloseTo(1 / 12);
    // Only regions with units in the wave.
    expect(d.regions.map((r) => [r.regionId, r.units])).toEqual([[east.id, 2]]);
    const env = await fx.core.raw('rollout.dashboard', { waveId: 9999 });
    expect(env.ok ? null : env.error).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'wave', id: 9999 } });
  });

  it('shows training coverage per region and nationally, counting each person once', async () => {
    const fx = await openRolloutFixture();
    const { east, herøy, våler, bø } = fx.org;
    const kari = await fx.person('Kari Nordmann');
    const ola = await fx.person('Ola Hansen');
    const liv = await fx.person('Liv Dahl');
    // Kari holds roles in two Østlandet units: one holder there.
    await fx.assign(kari, 'super_user', herøy.id, '2025-01-01');
    await fx.assign(kari, 'chapter_leader', våler.id, '2025-01-01');
    await fx.assign(ola, 'local_support', våler.id, '2025-01-01');
    await fx.assign(liv, 'super_user', bø.id, '2026-03-01');
    await fx.session('basic', '2025-06-01', herøy.id, [kari]);
    await fx.session('advanced', '2025-06-02', herøy.id, [kari]);
    const d = await fx.core.call('rollout.dashboard', { waveId: null });
    expect(d.regions.find((r) => r.regionId === east.id)?.training).toMatchObject({
      holders: 2, basicValid: 1, basicShare: 0.5, superUsers: 1, superUsersAdvanced: 1,
    });
    expect(d.regions.find((r) => r.code === '02')?.training).toMatchObject({ holders: 1, basicValid: 0, superUsers: 1, newcomers: 1, newcomersUntrained: 1 });
    expect(d.national.training).toMatchObject({ holders: 3, basicValid: 1, superUsers: 2, superUsersAdvanced: 1 });
    // Scoped to a wave with only Bø: only Liv counts.
    const wave = await fx.wave('Vest', '2026-09-30', weekly('2026-06-01'), [bø.id]);
    expect((await fx.core.call('rollout.dashboard', { waveId: wave })).national.training).toMatchObject({ holders: 1, superUsers: 1 });
  });
});

describe('rollout.dashboard national level', () => {
  it('gives the units and holders in no region a row of their own, so regions + national level = national', async () => {
    const fx = await openRolloutFixture();
    const { top, east, herøy, bø } = fx.org;
    const [kari, ola, liv] = [await fx.person('Kari Nordmann'), await fx.person('Ola Hansen'), await fx.person('Liv Dahl')];
    // Kari and Ola work at the national office itself, which belongs to no region.
    await fx.assign(kari, 'super_user', top.id, '2025-01-01');
    await fx.assign(ola, 'chapter_leader', top.id, '2025-01-01');
    await fx.assign(liv, 'super_user', herøy.id, '2025-01-01');
    await fx.session('basic', '2025-06-01', top.id, [kari]);
    await fx.wave('Etappe 1', '2026-03-01', weekly('2026-02-01'), [top.id, east.id, herøy.id, bø.id]);
    const d = await fx.core.call('rollout.dashboard', { waveId: null });

    expect(d.nationalLevel).toMatchObject({ units: 1 });
    expect(d.nationalLevel.training).toMatchObject({ holders: 2, basicValid: 1, basicShare: 0.5, superUsers: 1 });
    const sum = (pick: (f: (typeof d.regions)[number] | typeof d.nationalLevel) => number) =>
      [...d.regions, d.nationalLevel].reduce((n, f) => n + pick(f), 0);
    for (const pick of [(f: typeof d.nationalLevel) => f.units, (f: typeof d.nationalLevel) => f.late, (f: typeof d.nationalLevel) => f.training.holders]) {
      expect(sum(pick)).toBe(pick(d.national));
    }
    expect(d.national).toMatchObject({ units: 6, training: { holders: 3 } });
    // A region without holders has no share of them: null, not 0 %.
    expect(d.regions.find((r) => r.code === '02')?.training).toMatchObject({ holders: 0, basicShare: null });
  });
});

describe('rollout.list', () => {
  it('pages through the units by region code and unit code, filtered by region and wave', async () => {
    const fx = await openRolloutFixture();
    const { east, herøy, våler, bø } = fx.org;
    const wave = await fx.wave('Etappe 1', '2026-06-30', weekly('2026-03-01'), [herøy.id, våler.id, bø.id]);
    const all = await fx.core.call('rollout.list', { filter: 'all' });
    expect(all.total).toBe(6);
    expect(all.rows.map((r) => r.code)).toEqual(['00', '01', '0101', '0102', '02', '0201']);
    const page = await fx.core.call('rollout.list', { filter: 'late', limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, rows: [expect.objectContaining({ code: '0102', lateSince: '2026-03-01', waveName: 'Etappe 1' })] });
    const east1 = await fx.core.call('rollout.list', { filter: 'late', regionId: east.id, waveId: wave });
    expect(east1.rows.map((r) => r.code)).toEqual(['0101', '0102']);
    const env = await fx.core.raw('rollout.list', { waveId: 4242 });
    expect(env.ok ? null : env.error.code).toBe('NOT_FOUND');
  });
});
