// The confirmation before a bulk change: a dry run from the core that counts
// exactly what the run then changes, and writes nothing.
import { describe, expect, it } from 'vitest';
import { count, openDemo, regionUnitIds, stageId, unitId } from './plan-fixture';

describe('rollout.bulkPreview', () => {
  it('counts what the run will change in the wave, names the wave, and writes nothing', async () => {
    const core = await openDemo();
    const region = await unitId(core, '18');
    const units = await regionUnitIds(core, '18');
    const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-02-01', plannedEnd: '2026-04-30' });
    await core.call('waves.addRegion', { waveId: wave.id, regionId: region });
    const live = await stageId(core, 'live');
    await core.call('rollout.setStage', { unitId: await unitId(core, '1804'), stageId: live, state: 'done', doneDate: '2026-03-01' });
    const input = { scope: 'wave', scopeId: wave.id, stageId: live, action: 'done', doneDate: '2026-03-02' } as const;

    const before = [await count(core, 'stage_progress'), await count(core, 'activity_log'), await count(core, 'bulk_change')];
    const preview = await core.call('rollout.bulkPreview', input);
    expect(preview).toEqual({ changed: units.length - 1, unchanged: 1, units: units.length, scopeName: 'Etappe 1' });
    expect([await count(core, 'stage_progress'), await count(core, 'activity_log'), await count(core, 'bulk_change')]).toEqual(before);

    const run = await core.call('rollout.bulk', input);
    expect({ changed: run.changed, unchanged: run.unchanged, units: run.units }).toEqual({ changed: preview.changed, unchanged: 1, units: units.length });
    // After the run, the same preview finds nothing left to change.
    expect(await core.call('rollout.bulkPreview', input)).toMatchObject({ changed: 0, unchanged: units.length });
  });

  it('refuses what the run refuses: an unknown wave', async () => {
    const core = await openDemo();
    const live = await stageId(core, 'live');
    const refused = await core.raw('rollout.bulkPreview', { scope: 'wave', scopeId: 999999, stageId: live, action: 'done' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('deleting a wave with units', () => {
  it('is refused with the unit count, and with freeUnits deletes the wave and frees every unit, keeping their stages', async () => {
    const core = await openDemo();
    const region = await unitId(core, '18');
    const units = await regionUnitIds(core, '18');
    const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-02-01', plannedEnd: '2026-04-30' });
    await core.call('waves.addRegion', { waveId: wave.id, regionId: region });
    const live = await stageId(core, 'live');
    await core.call('rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: live, action: 'done', doneDate: '2026-03-02' });
    const progress = await count(core, 'stage_progress');

    const refused = await core.raw('waves.delete', { id: wave.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'WAVE_HAS_UNITS', details: { name: 'Etappe 1', units: units.length } } });
    expect((await core.call('waves.list')).map((w) => w.id)).toContain(wave.id);

    expect(await core.call('waves.delete', { id: wave.id, freeUnits: true })).toEqual({ id: wave.id, freed: units.length, undoId: expect.any(Number) });
    expect((await core.call('waves.list')).map((w) => w.id)).not.toContain(wave.id);
    expect(await count(core, 'wave_member')).toBe(0);
    expect(await count(core, 'stage_progress')).toBe(progress);
  });
});

describe('undo goes back through the recent bulk changes', () => {
  it('each undo takes the newest bulk change not undone yet, until none is left', async () => {
    const core = await openDemo();
    const region = await unitId(core, '18');
    const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-02-01', plannedEnd: '2026-04-30' });
    await core.call('waves.addRegion', { waveId: wave.id, regionId: region });
    const live = await stageId(core, 'live');
    const first = await core.call('rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: live, action: 'dates', plannedDate: '2026-04-01' });
    const second = await core.call('rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: live, action: 'done', doneDate: '2026-03-02' });

    expect((await core.call('rollout.lastBulk'))?.bulkId).toBe(second.bulkId);
    expect(await core.call('rollout.undoBulk')).toEqual({ bulkId: second.bulkId, restored: second.changed });
    expect((await core.call('rollout.lastBulk'))?.bulkId).toBe(first.bulkId);
    expect(await core.call('rollout.undoBulk')).toEqual({ bulkId: first.bulkId, restored: first.changed });
    expect(await core.call('rollout.lastBulk')).toBeNull();
    expect(await core.raw('rollout.undoBulk')).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_UNDO' } });
    // Back where it began: no unit has a planned date or a done stage for «I drift».
    const rows: Array<{ n: number }> = await core.ds.query(
      `SELECT COUNT(*) AS n FROM stage_progress WHERE stage_id = ? AND (planned_date IS NOT NULL OR state = 'done')`, [live],
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });
});

describe('taking a region out of a wave', () => {
  it('its units leave this wave, another region stays, the stages are kept, and each leaving is logged', async () => {
    const core = await openDemo();
    const nordland = await unitId(core, '18');
    const vestfold = await unitId(core, '39');
    const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-02-01', plannedEnd: '2026-04-30' });
    await core.call('waves.addRegion', { waveId: wave.id, regionId: nordland });
    await core.call('waves.addRegion', { waveId: wave.id, regionId: vestfold });
    const live = await stageId(core, 'live');
    await core.call('rollout.setStage', { unitId: await unitId(core, '1804'), stageId: live, state: 'done', doneDate: '2026-03-01' });
    const vestfoldUnits = await regionUnitIds(core, '39');
    const log = await count(core, 'activity_log');

    const after = await core.call('waves.removeRegion', { waveId: wave.id, regionId: nordland });
    expect(after.regions.map((r) => r.code)).toEqual(['39']);
    expect(after.unitCount).toBe(vestfoldUnits.length);
    expect(await count(core, 'activity_log')).toBe(log + (await regionUnitIds(core, '18')).length);
    expect((await core.call('rollout.unit', { unitId: await unitId(core, '1804') })).stages.find((s) => s.stageId === live)?.state).toBe('done');
    // Once more is a no-op, not an error.
    expect((await core.call('waves.removeRegion', { waveId: wave.id, regionId: nordland })).unitCount).toBe(vestfoldUnits.length);
  });
});
