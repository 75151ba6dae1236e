import { describe, expect, it } from 'vitest';
import type { ParamsOf } from '../../../src/shared/contract';
import { errorOf, NOW, openDemo, stageId, TODAY, unitId } from './plan-fixture';

describe('progress per unit and stage', () => {
  it('takes the stage dates from the wave and lets a unit override and clear them', async () => {
    const core = await openDemo();
    const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' });
    await core.call('waves.addRegion', { waveId: wave.id, regionId: await unitId(core, '15') });
    const molde = await unitId(core, '1506');
    const live = await stageId(core, 'live');

    const before = await core.call('rollout.unit', { unitId: molde });
    expect(before.regionName).toBe('Møre og Romsdal');
    expect(before.wave?.name).toBe('Etappe 1');
    expect(before.stages.map((s) => s.plannedDate)).toEqual(wave.stageDates.map((d) => d.plannedDate));
    expect(before.stages.every((s) => !s.plannedOverridden && s.state === 'not_started')).toBe(true);

    const overridden = await core.call('rollout.setStage', { unitId: molde, stageId: live, state: 'not_started', plannedDate: '2026-07-15' });
    expect(overridden.stages.find((s) => s.stageId === live)).toMatchObject({ plannedDate: '2026-07-15', plannedOverridden: true });
    // Other units of the wave keep the wave's date.
    const kristiansund = await core.call('rollout.unit', { unitId: await unitId(core, '1505') });
    expect(kristiansund.stages.find((s) => s.stageId === live)?.plannedDate).toBe('2026-06-30');

    // A change of state leaves the override alone; null clears it.
    const started = await core.call('rollout.setStage', { unitId: molde, stageId: live, state: 'in_progress' });
    expect(started.stages.find((s) => s.stageId === live)).toMatchObject({ state: 'in_progress', plannedDate: '2026-07-15' });
    const cleared = await core.call('rollout.setStage', { unitId: molde, stageId: live, state: 'in_progress', plannedDate: null });
    expect(cleared.stages.find((s) => s.stageId === live)).toMatchObject({ plannedDate: '2026-06-30', plannedOverridden: false });
  });

  it('keeps done dates and blocked reasons consistent with the state', async () => {
    const core = await openDemo();
    const molde = await unitId(core, '1506');
    const anchored = await stageId(core, 'anchored');
    const stage = async (input: Omit<ParamsOf<'rollout.setStage'>, 'unitId' | 'stageId'>) =>
      (await core.call('rollout.setStage', { unitId: molde, stageId: anchored, ...input })).stages.find((s) => s.stageId === anchored);

    expect(await stage({ state: 'blocked', blockedReason: 'Styret har ikke møttes' }))
      .toMatchObject({ state: 'blocked', blockedReason: 'Styret har ikke møttes', doneDate: null });
    expect(await stage({ state: 'done', blockedReason: 'ignored' })).toMatchObject({ state: 'done', blockedReason: '', doneDate: TODAY });
    expect(await stage({ state: 'done', note: 'Bekreftet på styremøtet' })).toMatchObject({ doneDate: TODAY, note: 'Bekreftet på styremøtet' });
    expect(await stage({ state: 'done', doneDate: '2026-03-02' })).toMatchObject({ doneDate: '2026-03-02' });
    expect(await stage({ state: 'in_progress' })).toMatchObject({ state: 'in_progress', doneDate: null, note: 'Bekreftet på styremøtet' });
    expect((await errorOf(core, 'rollout.setStage', { unitId: molde, stageId: anchored, state: 'blocked' })).code).toBe('INVALID_INPUT');
  });

  it('records who changed a stage and when, with before and after in the history', async () => {
    const core = await openDemo();
    await core.call('settings.update', { actorName: 'Ola Nordmann' });
    const molde = await unitId(core, '1506');
    const anchored = await stageId(core, 'anchored');
    await core.call('rollout.setStage', { unitId: molde, stageId: anchored, state: 'in_progress', note: 'Møte avtalt' });
    await core.call('settings.update', { actorName: 'Kari Nordmann' });
    const page = await core.call('rollout.setStage', { unitId: molde, stageId: anchored, state: 'done' });

    expect(page.stages.find((s) => s.stageId === anchored)).toMatchObject({
      state: 'done', changedBy: 'Kari Nordmann', changedAt: NOW.toISOString(),
    });
    expect(page.history.map((h) => [h.kind, h.actor])).toEqual([['progress', 'Kari Nordmann'], ['progress', 'Ola Nordmann']]);
    expect(page.history[1]).toMatchObject({
      at: NOW.toISOString(), unitId: molde, stageId: anchored, bulkId: null,
      detail: { before: null, after: { state: 'in_progress', plannedDate: null, doneDate: null, note: 'Møte avtalt', blockedReason: '' } },
    });
    expect(page.history[0]?.detail).toEqual({
      before: { state: 'in_progress', plannedDate: null, doneDate: null, note: 'Møte avtalt', blockedReason: '' },
      after: { state: 'done', plannedDate: null, doneDate: TODAY, note: 'Møte avtalt', blockedReason: '' },
    });

    // Saving the same again is not a change: nothing is logged.
    const again = await core.call('rollout.setStage', { unitId: molde, stageId: anchored, state: 'done' });
    expect(again.history).toHaveLength(2);
  });

  it('falls back to the system user name when no actor name is set', async () => {
    const core = await openDemo();
    const page = await core.call('rollout.setStage', { unitId: await unitId(core, '1506'), stageId: await stageId(core, 'live'), state: 'in_progress' });
    expect(page.history[0]?.actor.length).toBeGreaterThan(0);
    expect(page.stages.find((s) => s.state === 'in_progress')?.changedBy).toBe(page.history[0]?.actor);
  });

  it('refuses archived units and unknown ones', async () => {
    const core = await openDemo();
    const molde = await unitId(core, '1506');
    const live = await stageId(core, 'live');
    await core.call('units.archive', { id: molde });
    expect(await errorOf(core, 'rollout.setStage', { unitId: molde, stageId: live, state: 'done' }))
      .toMatchObject({ code: 'UNIT_ARCHIVED', details: { code: '1506', name: 'Molde' } });
    expect(await errorOf(core, 'waves.moveUnit', { unitId: molde, waveId: null, reason: 'Nedlagt' }))
      .toMatchObject({ code: 'UNIT_ARCHIVED' });
    expect((await errorOf(core, 'rollout.unit', { unitId: 99999 })).code).toBe('NOT_FOUND');
    expect((await errorOf(core, 'rollout.setStage', { unitId: await unitId(core, '1505'), stageId: 9999, state: 'done' })).code).toBe('NOT_FOUND');
    // An archived unit's page still opens, with its history and no derived status.
    const archived = await core.call('rollout.unit', { unitId: molde });
    expect(archived).toMatchObject({ code: '1506', stages: [], late: false, atRisk: false });
  });
});
