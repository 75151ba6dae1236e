// The national figures, for a user scoped to part of the organization, are computed over
// the units in their reach: the region super-user's "national" dashboard is region A's own
// figures as the system owner sees them, and their exports hold region A's rows only.
import { describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../../src/core/call-context';
import type { MethodName } from '../../../src/shared/contract';
import type { Dashboard, LeadTimeRow, TimelineWave, TrainingCoverage } from '../../../src/shared/types-rollout';
import type { OverloadRow } from '../../../src/shared/types-ownership';
import { openScopeFixture, type ScopeFixture } from './scope-fixture';

async function valueAs<T>(fx: ScopeFixture, caller: Caller, method: MethodName, input: unknown): Promise<T> {
  const answer = await fx.core.dispatch(method, input, caller);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code}`);
  return answer.value as T;
}

type Figures = Dashboard['national'] & { regionId?: number; code?: string; name?: string };
const figures = ({ training: _t, regionId: _r, code: _c, name: _n, ...rest }: Figures) => rest;

async function csvAs(fx: ScopeFixture, caller: Caller, method: MethodName): Promise<string> {
  const file = await valueAs<{ base64: string }>(fx, caller, method, { format: 'csv', lang: 'nb' });
  return Buffer.from(file.base64, 'base64').toString('utf8');
}

describe('national figures over the scope', () => {
  it('gives a region super-user region A\'s own dashboard, timeline, lead times and training figures', async () => {
    const fx = await openScopeFixture();
    const { national, region } = fx.callers;
    const whole = await valueAs<Dashboard>(fx, national, 'rollout.dashboard', {});
    const mine = await valueAs<Dashboard>(fx, region, 'rollout.dashboard', {});
    const regionA = whole.regions.find((r) => r.regionId === fx.units.a);
    if (!regionA) throw new Error('region A is on the dashboard');
    expect(mine.regions.map((r) => r.regionId)).toEqual([fx.units.a]);
    expect(figures(mine.national)).toEqual(figures(regionA));
    expect(mine.national.training).toEqual(regionA.training);
    // Region B's blocked chapter is not in region A's figures, and the whole sees it.
    expect(whole.national.blocked).toBe(1);
    expect(mine.national.blocked).toBe(0);
    expect(mine.nationalLevel.units).toBe(0);

    const wave = (rows: TimelineWave[]) => rows.find((w) => w.id === fx.rows.waveId);
    expect(wave(await valueAs<TimelineWave[]>(fx, national, 'rollout.timeline', {}))?.units).toBe(6);
    expect(wave(await valueAs<TimelineWave[]>(fx, region, 'rollout.timeline', {}))?.units).toBe(3);
    expect((await valueAs<LeadTimeRow[]>(fx, region, 'rollout.leadTimes', {})).map((r) => r.regionId)).toEqual([fx.units.a]);

    const training = await valueAs<TrainingCoverage>(fx, region, 'training.coverage', { regionId: null });
    expect(training.regions.map((r) => r.regionId)).toEqual([fx.units.a]);
    expect(training.national).toEqual(regionA.training);
  });

  it('gives a chapter leader the chapter\'s own figures, and its units only in a region\'s list', async () => {
    const fx = await openScopeFixture();
    const mine = await valueAs<Dashboard>(fx, fx.callers.chapter, 'rollout.dashboard', {});
    expect(mine.national.units).toBe(1);
    expect(mine.regions).toMatchObject([{ regionId: fx.units.a, units: 1 }]);
    const training = await valueAs<TrainingCoverage>(fx, fx.callers.region, 'training.coverage', { regionId: fx.units.a });
    expect(training.units.map((u) => u.unitId).sort()).toEqual([fx.units.a, fx.units.a1, fx.units.a2].sort());
    // Someone who reaches no unit at all sees nothing rather than the organization.
    expect(await fx.core.dispatch('rollout.dashboard', {}, fx.callers.nobody)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('counts a person\'s load over the units in reach, so roles held elsewhere stay unseen', async () => {
    const fx = await openScopeFixture();
    await fx.core.call('settings.update', { overloadLimit: 1 });
    const busy = await fx.person('Berit Travel');
    for (const unit of [fx.units.a1, fx.units.b1, fx.units.b2]) await fx.assign(busy, 'local_support', unit, '2025-01-01');
    const row = (rows: OverloadRow[]) => rows.find((r) => r.personId === busy);
    expect(row(await valueAs<OverloadRow[]>(fx, fx.callers.national, 'coverage.overloaded', {}))?.busiestRoleUnits).toBe(3);
    expect(row(await valueAs<OverloadRow[]>(fx, fx.callers.region, 'coverage.overloaded', {}))).toBeUndefined();
  });

  it('exports the units, people and assignments of the units one may export from', async () => {
    const fx = await openScopeFixture();
    const staff = fx.callers.grantedRegion;
    const units = await csvAs(fx, staff, 'units.export');
    expect(units).toContain('0101');
    expect(units).not.toContain('0201');
    expect(units).not.toContain('Landsforbundet');
    const people = await csvAs(fx, staff, 'people.export');
    expect(people).toContain('Ivar Innenfor');
    expect(people).not.toContain('Olga');
    const assignments = await csvAs(fx, staff, 'assignments.export');
    expect(assignments).toContain('Ivar Innenfor');
    expect(assignments).not.toContain('0201');
    // The whole organization's file for whoever reaches all of it.
    expect(await csvAs(fx, fx.callers.national, 'units.export')).toContain('0201');
  });
});

describe('report jobs belong to whoever started them', () => {
  it('answers another account as if the job did not exist, and its owner as usual', async () => {
    const fx = await openScopeFixture();
    const { national, region } = fx.callers;
    const started = await valueAs<{ jobId: string }>(fx, national, 'reports.start', { kind: 'national', format: 'csv' });
    for (const method of ['reports.status', 'reports.cancel', 'reports.result'] as const) {
      const answer = await fx.core.dispatch(method, { jobId: started.jobId }, region);
      expect(answer.ok ? 'ok' : answer.error.code, method).toBe('NOT_FOUND');
    }
    await vi.waitFor(async () => expect((await valueAs<{ state: string }>(fx, national, 'reports.status', { jobId: started.jobId })).state).toBe('done'));
    const file = await valueAs<{ base64: string }>(fx, national, 'reports.result', { jobId: started.jobId });
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('Rapport;Nasjonal status');
  });
});

describe('support metrics over the scope', () => {
  it('counts the cases of the units in reach, with their regions only', async () => {
    const fx = await openScopeFixture();
    const period = { from: '2026-01-01', to: '2026-12-31', regionId: null };
    const whole = await valueAs<{ opened: number; byRegion: Array<{ regionId: number | null }> }>(fx, fx.callers.national, 'support.metrics', period);
    const mine = await valueAs<{ opened: number; byRegion: Array<{ regionId: number | null }> }>(fx, fx.callers.chapter, 'support.metrics', period);
    expect(whole.opened).toBe(2);
    expect(mine.opened).toBe(1);
    expect(mine.byRegion.map((r) => r.regionId)).toEqual([fx.units.a]);
  });
});
