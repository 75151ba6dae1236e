// Progress is counted by what is done: a unit with nothing done is never
// drawn under a stage, a unit in no wave is "not planned", and a stage's
// rule that holds is "ready to confirm" until a person confirms it.
import { describe, expect, it } from 'vitest';
import type { PositionCount, RolloutFigures } from '../../../src/shared/types-rollout';
import type { TestCore } from '../../support/db';
import { errorOf, regionUnitIds, stageId, TODAY, unitId, openDemo } from './plan-fixture';

const bucket = (f: RolloutFigures, kind: PositionCount['kind'], stage: number | null = null): number =>
  f.positions.find((p) => p.kind === kind && p.stageId === stage)?.units ?? 0;

async function superUser(core: TestCore, unitCode: string, name: string): Promise<void> {
  const role = (await core.call('roles.list')).find((r) => r.key === 'super_user');
  if (!role) throw new Error('no super-user role');
  const person = await core.call('people.create', { name });
  await core.call('assignments.create', { personId: person.id, roleId: role.id, unitId: await unitId(core, unitCode), startDate: '2026-01-01' });
}

/** Troms (55) and Nordland (18) in a wave, «Forankret» done for both by bulk change, and a super-user in Tromsø only. */
async function northernWave(core: TestCore) {
  const wave = await core.call('waves.create', { name: 'Etappe nord', plannedStart: '2026-02-01', plannedEnd: '2026-06-30' });
  for (const code of ['55', '18']) await core.call('waves.addRegion', { waveId: wave.id, regionId: await unitId(core, code) });
  const anchored = await stageId(core, 'anchored');
  await core.call('rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: anchored, action: 'done' });
  await superUser(core, '5501', 'Kari Nordmann');
  return { wave, anchored, superUserStage: await stageId(core, 'super_user') };
}

describe('progress position', () => {
  it('counts a fresh demo as not planned, not as anchored', async () => {
    const core = await openDemo();
    const d = await core.call('rollout.dashboard', { waveId: null });
    expect(d.national.units).toBe(373);
    expect(bucket(d.national, 'not_planned')).toBe(373);
    expect(d.national.positions.filter((p) => p.kind === 'done').every((p) => p.units === 0)).toBe(true);
    const list = await core.call('rollout.list', { filter: 'all', limit: 1 });
    expect(list.rows[0]?.position).toEqual({ kind: 'not_planned', doneThroughStageId: null, workingOnStageId: null, complete: false });
  });

  it('puts units done with «Forankret» under «Forankret», not under the super-user stage nobody finished', async () => {
    const core = await openDemo();
    const { anchored, superUserStage } = await northernWave(core);
    const d = await core.call('rollout.dashboard', { waveId: null });
    const troms = d.regions.find((r) => r.code === '55');
    const units = (await regionUnitIds(core, '55')).length;
    expect(troms?.units).toBe(units);
    expect(troms && bucket(troms, 'done', anchored)).toBe(units);
    expect(troms && bucket(troms, 'done', superUserStage)).toBe(0);
    // Tromsø has its super-user: ready to confirm, still not counted as done.
    expect(troms?.readyToConfirm).toBe(1);
    expect(d.national.readyToConfirm).toBe(1);
    const ready = await core.call('rollout.list', { filter: 'ready' });
    expect(ready.rows.map((r) => [r.code, r.readyStageIds])).toEqual([['5501', [superUserStage]]]);
    // Units outside the wave stay not planned.
    expect(bucket(d.national, 'not_planned')).toBe(373 - d.regions.filter((r) => ['55', '18'].includes(r.code)).reduce((n, r) => n + r.units, 0));
  });

  it('names work begun apart from what is done, and only counts an unbroken run from the first stage', async () => {
    const core = await openDemo();
    const { wave } = await northernWave(core);
    const bodø = await unitId(core, '1804');
    const basic = await stageId(core, 'basic_training');
    const live = await stageId(core, 'live');
    await core.call('rollout.setStage', { unitId: bodø, stageId: basic, state: 'in_progress' });
    // A later stage done out of order does not move the unit past the stage it skipped.
    await core.call('rollout.setStage', { unitId: bodø, stageId: live, state: 'done', doneDate: TODAY });
    const unit = await core.call('rollout.unit', { unitId: bodø });
    expect(unit.position).toEqual({ kind: 'done', doneThroughStageId: await stageId(core, 'anchored'), workingOnStageId: null, complete: false });
    expect(unit.nextStageId).toBe(await stageId(core, 'super_user'));
    await core.call('rollout.setStage', { unitId: bodø, stageId: await stageId(core, 'super_user'), state: 'blocked', blockedReason: 'Ingen frivillig' });
    expect((await core.call('rollout.unit', { unitId: bodø })).position.workingOnStageId).toBe(await stageId(core, 'super_user'));
    // In a wave with nothing done: not started.
    await core.call('rollout.undoBulk');
    const after = await core.call('rollout.list', { filter: 'all', waveId: wave.id, limit: 200 });
    expect(after.rows.find((r) => r.code === '5501')?.position.kind).toBe('not_started');
  });

  it('confirms every proposal of a stage in a wave as one bulk change, and undoes it', async () => {
    const core = await openDemo();
    const { wave, superUserStage } = await northernWave(core);
    await superUser(core, '1804', 'Ola Hansen');
    const result = await core.call('rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: superUserStage, action: 'confirm' });
    const units = (await regionUnitIds(core, '55')).length + (await regionUnitIds(core, '18')).length;
    expect(result).toMatchObject({ changed: 2, unchanged: units - 2, units });
    const done: Array<{ code: string }> = await core.ds.query(
      "SELECT u.code AS code FROM stage_progress p JOIN unit u ON u.id = p.unit_id WHERE p.stage_id = ? AND p.state = 'done' ORDER BY u.code",
      [superUserStage],
    );
    expect(done.map((r) => r.code)).toEqual(['1804', '5501']);
    expect((await core.call('rollout.dashboard', { waveId: wave.id })).national.readyToConfirm).toBe(0);
    expect(await core.call('rollout.lastBulk')).toMatchObject({ action: 'confirm', changed: 2 });

    await core.call('rollout.undoBulk');
    const left: Array<{ n: number }> = await core.ds.query("SELECT COUNT(*) AS n FROM stage_progress WHERE stage_id = ? AND state = 'done'", [superUserStage]);
    expect(Number(left[0]?.n)).toBe(0);
    expect((await core.call('rollout.dashboard', { waveId: wave.id })).national.readyToConfirm).toBe(2);
  });

  it('refuses to confirm a stage that has no rule, naming it', async () => {
    const core = await openDemo();
    const { wave, anchored } = await northernWave(core);
    const error = await errorOf(core, 'rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: anchored, action: 'confirm' });
    expect(error).toMatchObject({ code: 'STAGE_HAS_NO_RULE', details: { name: 'Forankret', nameEn: 'Anchored' } });
  });
});
