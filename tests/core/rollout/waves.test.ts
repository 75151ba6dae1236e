import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../support/db';
import { errorOf, openDemo, regionUnitIds, stageId, unitId } from './plan-fixture';

async function waveMembers(core: TestCore, waveId: number): Promise<number[]> {
  const rows: Array<{ unitId: number }> = await core.ds.query(
    'SELECT unit_id AS "unitId" FROM wave_member WHERE wave_id = ? ORDER BY unit_id', [waveId],
  );
  return rows.map((r) => r.unitId);
}

async function memberLog(core: TestCore): Promise<Array<{ unitId: number; actor: string; detail: Record<string, unknown> }>> {
  const rows: Array<{ unitId: number; actor: string; detail: string }> = await core.ds.query(
    `SELECT unit_id AS "unitId", actor, detail FROM activity_log WHERE kind = 'wave_member' ORDER BY id`,
  );
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

describe('waves', () => {
  it('spreads the stage dates over the wave, with follow-up 30 days after the end', async () => {
    const core = await openDemo();
    const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' });
    const stages = await core.call('stages.list');
    const byKey = new Map(wave.stageDates.map((d) => [stages.find((s) => s.id === d.stageId)?.key, d.plannedDate]));
    expect(Object.fromEntries(byKey)).toEqual({
      anchored: '2026-04-19', super_user: '2026-05-07', basic_training: '2026-05-25',
      access_ready: '2026-06-12', live: '2026-06-30', follow_up: '2026-07-30',
    });
    expect(wave).toMatchObject({ sortOrder: 0, unitCount: 0, regions: [] });
    const second = await core.call('waves.create', { name: 'Etappe 2', plannedStart: '2026-08-01', plannedEnd: '2026-08-01' });
    expect(second.sortOrder).toBe(1);
    // A one-day wave: every stage is due that day.
    expect(new Set(second.stageDates.slice(0, 5).map((d) => d.plannedDate))).toEqual(new Set(['2026-08-01']));
  });

  it('keeps wave names unique and dates in order; a date change re-spreads the stage dates', async () => {
    const core = await openDemo();
    const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' });
    expect(await errorOf(core, 'waves.create', { name: 'etappe 1', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' }))
      .toMatchObject({ code: 'NAME_TAKEN', details: { name: 'etappe 1' } });
    expect(await errorOf(core, 'waves.update', { id: wave.id, plannedStart: '2026-07-01' }))
      .toMatchObject({ code: 'DATE_ORDER', details: { startDate: '2026-07-01', endDate: '2026-06-30' } });

    const live = await stageId(core, 'live');
    const edited = await core.call('waves.setStageDate', { waveId: wave.id, stageId: live, plannedDate: '2026-06-20' });
    expect(edited.stageDates.find((d) => d.stageId === live)?.plannedDate).toBe('2026-06-20');
    const renamed = await core.call('waves.update', { id: wave.id, name: 'Vår' });
    expect(renamed.stageDates.find((d) => d.stageId === live)?.plannedDate).toBe('2026-06-20');
    const moved = await core.call('waves.update', { id: wave.id, plannedEnd: '2026-07-31' });
    expect(moved).toMatchObject({ name: 'Vår', plannedEnd: '2026-07-31' });
    expect(moved.stageDates.find((d) => d.stageId === live)?.plannedDate).toBe('2026-07-31');
  });

  it('puts a region and all its units in a wave, and adding it to another wave moves them', async () => {
    const core = await openDemo();
    const region = await unitId(core, '15');
    const expected = await regionUnitIds(core, '15');
    expect(expected).toHaveLength(28);
    const first = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' });
    const second = await core.call('waves.create', { name: 'Etappe 2', plannedStart: '2026-08-01', plannedEnd: '2026-10-31' });

    const planned = await core.call('waves.addRegion', { waveId: first.id, regionId: region });
    expect(planned).toMatchObject({ unitCount: 28, regions: [{ id: region, code: '15', name: 'Møre og Romsdal' }] });
    expect(await waveMembers(core, first.id)).toEqual(expected);

    const moved = await core.call('waves.addRegion', { waveId: second.id, regionId: region });
    expect(moved.unitCount).toBe(28);
    expect(await waveMembers(core, second.id)).toEqual(expected);
    expect(await waveMembers(core, first.id)).toEqual([]);
    const list = await core.call('waves.list');
    expect(list.map((w) => [w.name, w.unitCount, w.regions.length])).toEqual([['Etappe 1', 0, 0], ['Etappe 2', 28, 1]]);

    // One log row per unit and move; adding the region again moves nobody.
    await core.call('waves.addRegion', { waveId: second.id, regionId: region });
    const log = await memberLog(core);
    expect(log).toHaveLength(56);
    expect(log[0]?.detail).toMatchObject({ fromWaveId: null, toWaveId: first.id, reason: '' });
    expect(log[28]?.detail).toMatchObject({ fromWaveId: first.id, toWaveId: second.id, reason: '' });
  });

  it('leaves archived units out of the region and refuses a unit that is not a region', async () => {
    const core = await openDemo();
    const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' });
    const molde = await unitId(core, '1506');
    await core.call('units.archive', { id: molde });
    const planned = await core.call('waves.addRegion', { waveId: wave.id, regionId: await unitId(core, '15') });
    expect(planned.unitCount).toBe(27);
    expect(await waveMembers(core, wave.id)).not.toContain(molde);
    expect(await errorOf(core, 'waves.addRegion', { waveId: wave.id, regionId: await unitId(core, '1505') }))
      .toMatchObject({ code: 'NOT_A_REGION', details: { code: '1505', name: 'Kristiansund' } });
    expect(await errorOf(core, 'waves.addRegion', { waveId: wave.id, regionId: await unitId(core, 'NO') }))
      .toMatchObject({ code: 'NOT_A_REGION' });
    expect((await errorOf(core, 'waves.addRegion', { waveId: 999, regionId: await unitId(core, '15') })).code).toBe('NOT_FOUND');
  });

  it('moves one unit to another wave or out of any, recording the reason', async () => {
    const core = await openDemo();
    await core.call('settings.update', { actorName: 'Kari Nordmann' });
    const first = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' });
    const second = await core.call('waves.create', { name: 'Etappe 2', plannedStart: '2026-08-01', plannedEnd: '2026-10-31' });
    await core.call('waves.addRegion', { waveId: first.id, regionId: await unitId(core, '15') });
    const molde = await unitId(core, '1506');

    const page = await core.call('waves.moveUnit', { unitId: molde, waveId: second.id, reason: 'Ny leder fra august' });
    expect(page.wave).toEqual({ id: second.id, name: 'Etappe 2', plannedStart: '2026-08-01', plannedEnd: '2026-10-31', reason: 'Ny leder fra august' });
    expect(page.history[0]).toMatchObject({
      kind: 'wave_member', actor: 'Kari Nordmann', unitId: molde, waveId: second.id,
      detail: { fromWaveId: first.id, toWaveId: second.id, reason: 'Ny leder fra august' },
    });
    expect((await core.call('waves.list')).map((w) => w.unitCount)).toEqual([27, 1]);

    const out = await core.call('waves.moveUnit', { unitId: molde, waveId: null, reason: 'Venter på fusjon' });
    expect(out.wave).toBeNull();
    expect(out.history[0]?.detail).toEqual({ fromWaveId: second.id, toWaveId: null, reason: 'Venter på fusjon' });
    expect(out.history).toHaveLength(3);
    expect((await errorOf(core, 'waves.moveUnit', { unitId: molde, waveId: first.id, reason: ' ' })).code).toBe('INVALID_INPUT');
  });

  it('refuses to delete a wave that has units, then deletes it once empty', async () => {
    const core = await openDemo();
    const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' });
    const other = await core.call('waves.create', { name: 'Etappe 2', plannedStart: '2026-08-01', plannedEnd: '2026-10-31' });
    const region = await unitId(core, '11');
    await core.call('waves.addRegion', { waveId: wave.id, regionId: region });
    expect(await errorOf(core, 'waves.delete', { id: wave.id }))
      .toMatchObject({ code: 'WAVE_HAS_UNITS', details: { name: 'Etappe 1', units: 24 } });
    await core.call('waves.addRegion', { waveId: other.id, regionId: region });
    expect(await core.call('waves.delete', { id: wave.id })).toEqual({ id: wave.id, freed: 0, undoId: expect.any(Number) });
    expect((await core.call('waves.list')).map((w) => w.name)).toEqual(['Etappe 2']);
    const dates: Array<{ n: number }> = await core.ds.query('SELECT COUNT(*) AS n FROM wave_stage_date WHERE wave_id = ?', [wave.id]);
    expect(dates[0]?.n).toBe(0);
  });
});
