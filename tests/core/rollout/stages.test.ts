import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/db';
import { errorOf, NOW, openDemo, stageId, unitId } from './plan-fixture';

describe('stages', () => {
  it('lists the six seeded stages in checklist order', async () => {
    const core = await openTestCore({ now: () => NOW });
    const stages = await core.call('stages.list');
    expect(stages.map((s) => s.key)).toEqual(['anchored', 'super_user', 'basic_training', 'access_ready', 'live', 'follow_up']);
    expect(stages.find((s) => s.key === 'super_user')).toMatchObject({ nameNb: 'Superbruker på plass', rule: 'super_user_filled', progressCount: 0 });
  });

  it('moves a stage by swapping with its neighbour, and does nothing at either end', async () => {
    const core = await openTestCore({ now: () => NOW });
    const live = await stageId(core, 'live');
    const down = await core.call('stages.move', { id: live, direction: 'down' });
    expect(down.map((s) => s.key)).toEqual(['anchored', 'super_user', 'basic_training', 'access_ready', 'follow_up', 'live']);
    const up = await core.call('stages.move', { id: live, direction: 'up' });
    expect(up.map((s) => s.key)).toEqual(['anchored', 'super_user', 'basic_training', 'access_ready', 'live', 'follow_up']);
    const first = await core.call('stages.move', { id: await stageId(core, 'anchored'), direction: 'up' });
    expect(first.map((s) => s.key)).toEqual(up.map((s) => s.key));
    expect(first.map((s) => s.sortOrder)).toEqual([0, 1, 2, 3, 4, 5]);
    expect((await errorOf(core, 'stages.move', { id: 9999, direction: 'up' })).code).toBe('NOT_FOUND');
  });

  it('appends a new stage and gives it each existing wave\'s end date', async () => {
    const core = await openTestCore({ now: () => NOW });
    const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' });
    const created = await core.call('stages.create', { nameNb: 'Evaluering', nameEn: 'Evaluation' });
    expect(created).toMatchObject({ key: null, sortOrder: 6, rule: null, descriptionNb: '' });
    const [after] = await core.call('waves.list');
    expect(after?.id).toBe(wave.id);
    expect(after?.stageDates.at(-1)).toEqual({ stageId: created.id, plannedDate: '2026-06-30' });
    // A wave made after the stage exists spreads over it like any other stage.
    const later = await core.call('waves.create', { name: 'Etappe 2', plannedStart: '2026-09-01', plannedEnd: '2026-09-29' });
    expect(later.stageDates).toHaveLength(7);
  });

  it('refuses a name already used by another stage, in either language and any case', async () => {
    const core = await openTestCore({ now: () => NOW });
    const err = await errorOf(core, 'stages.create', { nameNb: 'forankret', nameEn: 'Something' });
    expect(err).toMatchObject({ code: 'NAME_TAKEN', details: { name: 'forankret' } });
    const live = await stageId(core, 'live');
    expect((await errorOf(core, 'stages.update', { id: live, nameEn: 'ANCHORED' })).code).toBe('NAME_TAKEN');
    // Keeping its own name is not a clash.
    const same = await core.call('stages.update', { id: live, nameNb: 'I drift', descriptionEn: 'Running.' });
    expect(same).toMatchObject({ nameNb: 'I drift', descriptionEn: 'Running.' });
  });

  it('refuses to delete a stage with progress, and deletes an unused one with its wave dates', async () => {
    const core = await openDemo();
    const anchored = await stageId(core, 'anchored');
    await core.call('rollout.setStage', { unitId: await unitId(core, '1505'), stageId: anchored, state: 'done' });
    await core.call('rollout.setStage', { unitId: await unitId(core, '1506'), stageId: anchored, state: 'in_progress' });
    const err = await errorOf(core, 'stages.delete', { id: anchored });
    expect(err).toMatchObject({ code: 'STAGE_IN_USE', details: { name: 'Forankret', nameEn: 'Anchored', units: 2 } });
    expect((await core.call('stages.list')).find((s) => s.id === anchored)?.progressCount).toBe(2);

    await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' });
    const followUp = await stageId(core, 'follow_up');
    expect(await core.call('stages.delete', { id: followUp })).toEqual({ id: followUp });
    expect((await core.call('stages.list')).map((s) => s.key)).not.toContain('follow_up');
    const [wave] = await core.call('waves.list');
    expect(wave?.stageDates.map((d) => d.stageId)).not.toContain(followUp);
    expect((await errorOf(core, 'stages.delete', { id: followUp })).code).toBe('NOT_FOUND');
  });
});
