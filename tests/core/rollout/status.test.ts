// The derived status: effective planned dates, late, current stage, share
// done, blocked and at risk, with "today" as the calendar date in Europe/Oslo.
import { describe, expect, it } from 'vitest';
import { osloDate } from '../../../src/core/ownership/dates';
import { computeRolloutStatus } from '../../../src/core/rollout/status';
import { openRolloutFixture, weekly, type RolloutFixture } from './status-fixture';

const SETTINGS = { basicTrainingPercent: 80, atRiskDays: 14, atRiskPercent: 50 };

async function statusAt(fx: RolloutFixture, instant: string) {
  return computeRolloutStatus(fx.core.ds.manager, { today: osloDate(new Date(instant)), settings: SETTINGS });
}

/** The late units' codes as the API lists them at that instant. */
async function lateCodes(fx: RolloutFixture, instant: string): Promise<string[]> {
  fx.setNow(new Date(instant));
  return (await fx.core.call('rollout.list', { filter: 'late' })).rows.map((r) => r.code);
}

async function atRiskCodes(fx: RolloutFixture, instant: string): Promise<string[]> {
  fx.setNow(new Date(instant));
  return (await fx.core.call('rollout.list', { filter: 'at_risk' })).rows.map((r) => r.code);
}

describe('rollout status', () => {
  it('derives effective dates, the current stage and the share done', async () => {
    const fx = await openRolloutFixture();
    const { herøy, våler, bø } = fx.org;
    await fx.wave('Etappe 1', '2026-06-30', weekly('2026-04-01'), [herøy.id, våler.id]);
    await fx.progress(herøy.id, 'anchored', 'done', { doneDate: '2026-03-10' });
    await fx.progress(herøy.id, 'super_user', 'in_progress', { plannedDate: '2026-05-20', note: 'Kari spør' });
    const status = await statusAt(fx, '2026-03-15T12:00:00Z');

    const h = status.get(herøy.id);
    expect(h?.nextStageId).toBe(fx.stages.super_user);
    expect(h?.position).toEqual({ kind: 'done', doneThroughStageId: fx.stages.anchored, workingOnStageId: fx.stages.super_user, complete: false });
    expect(h?.shareDone).toBeCloseTo(1 / 6);
    expect(h?.stages.map((s) => [s.state, s.plannedDate, s.plannedOverridden])).toEqual([
      ['done', '2026-04-01', false],
      ['in_progress', '2026-05-20', true],
      ['not_started', '2026-04-15', false],
      ['not_started', '2026-04-22', false],
      ['not_started', '2026-04-29', false],
      ['not_started', '2026-05-06', false],
    ]);
    expect(h?.stages[1]).toMatchObject({ note: 'Kari spør', changedBy: 'test', changedAt: '2026-03-01T10:00:00.000Z' });
    // Not in a wave: no planned dates, never late, every stage still counts.
    const b = status.get(bø.id);
    expect(b).toMatchObject({ waveId: null, nextStageId: fx.stages.anchored, shareDone: 0, late: false, atRisk: false });
    expect(b?.position).toEqual({ kind: 'not_planned', doneThroughStageId: null, workingOnStageId: null, complete: false });
    // In a wave but with nothing done: not started, never "at" the first stage.
    expect(status.get(våler.id)?.position).toMatchObject({ kind: 'not_started', doneThroughStageId: null });
    expect(b?.stages.every((s) => s.plannedDate === null)).toBe(true);
    // Every active unit is there, the archived ones are not.
    expect(status.size).toBe(6);
    await fx.core.call('units.archive', { id: bø.id });
    expect((await statusAt(fx, '2026-03-15T12:00:00Z')).has(bø.id)).toBe(false);
  });

  it('marks a stage late only once its planned date has passed, and never when done', async () => {
    const fx = await openRolloutFixture();
    const { herøy, våler } = fx.org;
    await fx.wave('Etappe 1', '2026-06-30', ['2026-03-14', '2026-03-20', '2026-04-01', '2026-04-02', '2026-04-03', '2026-05-03'], [herøy.id, våler.id]);
    await fx.progress(våler.id, 'anchored', 'done', { doneDate: '2026-03-14' });
    const status = await statusAt(fx, '2026-03-15T12:00:00Z');
    expect(status.get(herøy.id)?.stages.map((s) => s.late)).toEqual([true, false, false, false, false, false]);
    expect(status.get(herøy.id)?.late).toBe(true);
    expect(status.get(våler.id)?.late).toBe(false);
  });

  it('turns late exactly at midnight in Oslo (winter, UTC+1)', async () => {
    const fx = await openRolloutFixture();
    await fx.wave('Etappe 1', '2026-09-30', ['2026-03-14', '2026-08-01', '2026-08-02', '2026-08-03', '2026-08-04', '2026-09-01'], [fx.org.herøy.id]);
    // 22:59 UTC is 23:59 on the 14th in Oslo: the planned day itself, not late.
    expect(await lateCodes(fx, '2026-03-14T22:59:00Z')).toEqual([]);
    expect(await lateCodes(fx, '2026-03-14T22:59:59.999Z')).toEqual([]);
    // 23:00 UTC is midnight, the 15th in Oslo (while it is still the 14th in UTC).
    expect(await lateCodes(fx, '2026-03-14T23:00:00Z')).toEqual(['0101']);
    const list = await fx.core.call('rollout.list', { filter: 'late' });
    expect(list.rows[0]).toMatchObject({ lateSince: '2026-03-14', position: { kind: 'not_started', doneThroughStageId: null } });
  });

  it('keeps the date across the spring-forward hour and turns late at the CEST midnight', async () => {
    const fx = await openRolloutFixture();
    const { herøy, våler } = fx.org;
    await fx.wave('Etappe 1', '2026-09-30', ['2026-03-28', '2026-08-01', '2026-08-02', '2026-08-03', '2026-08-04', '2026-09-01'], [herøy.id]);
    await fx.wave('Etappe 2', '2026-09-30', ['2026-03-29', '2026-08-01', '2026-08-02', '2026-08-03', '2026-08-04', '2026-09-01'], [våler.id]);
    // 01:59:59 CET and 03:00 CEST: both the 29th in Oslo.
    expect(await lateCodes(fx, '2026-03-29T00:59:59Z')).toEqual(['0101']);
    expect(await lateCodes(fx, '2026-03-29T01:00:00Z')).toEqual(['0101']);
    // Midnight after the change is 22:00 UTC (UTC+2), not 23:00.
    expect(await lateCodes(fx, '2026-03-29T21:59:59Z')).toEqual(['0101']);
    expect(await lateCodes(fx, '2026-03-29T22:00:00Z')).toEqual(['0101', '0102']);
  });

  it('turns late at the right midnight around the fall-back hour', async () => {
    const fx = await openRolloutFixture();
    const { herøy, våler } = fx.org;
    await fx.wave('Etappe 1', '2026-12-30', ['2026-10-24', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05'], [herøy.id]);
    await fx.wave('Etappe 2', '2026-12-30', ['2026-10-25', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05'], [våler.id]);
    // Midnight before the change is still CEST: 22:00 UTC on the 24th.
    expect(await lateCodes(fx, '2026-10-24T21:59:59Z')).toEqual([]);
    expect(await lateCodes(fx, '2026-10-24T22:00:00Z')).toEqual(['0101']);
    // 02:00-03:00 happens twice (00:00-02:00 UTC); both are the 25th.
    expect(await lateCodes(fx, '2026-10-25T00:30:00Z')).toEqual(['0101']);
    expect(await lateCodes(fx, '2026-10-25T01:30:00Z')).toEqual(['0101']);
    // The next midnight is CET: 23:00 UTC.
    expect(await lateCodes(fx, '2026-10-25T22:59:59Z')).toEqual(['0101']);
    expect(await lateCodes(fx, '2026-10-25T23:00:00Z')).toEqual(['0101', '0102']);
  });

  it('puts a unit at risk when its wave ends within N days and it is below M % done', async () => {
    const fx = await openRolloutFixture();
    const { herøy, våler, bø, east } = fx.org;
    // Wave end 2026-03-29 = 14 days after 2026-03-15.
    await fx.wave('Etappe 1', '2026-03-29', weekly('2026-05-01'), [herøy.id, våler.id]);
    await fx.wave('Etappe 2', '2026-03-30', weekly('2026-05-01'), [bø.id]);
    await fx.wave('Ferdig', '2026-01-31', weekly('2026-05-01'), [east.id]);
    for (const stage of ['anchored', 'super_user', 'basic_training'] as const) await fx.progress(våler.id, stage, 'done', { doneDate: '2026-03-01' });
    for (const stage of ['anchored', 'super_user'] as const) await fx.progress(east.id, stage, 'done', { doneDate: '2026-03-01' });
    // Herøy: 0 % done, the wave ends in 14 days. Våler: 50 % done, not below 50. Bø: ends in 15 days.
    // Østlandet: the wave ended already and it is at 33 %.
    expect(await atRiskCodes(fx, '2026-03-15T12:00:00Z')).toEqual(['01', '0101']);
    // One minute before Oslo midnight it is still the 14th: 15 days left, Herøy not yet at risk.
    expect(await atRiskCodes(fx, '2026-03-14T22:59:00Z')).toEqual(['01']);
    expect(await atRiskCodes(fx, '2026-03-14T23:00:00Z')).toEqual(['01', '0101']);
    // The settings move the thresholds.
    await fx.core.call('settings.update', { atRiskDays: 15, atRiskPercent: 60 });
    expect(await atRiskCodes(fx, '2026-03-15T12:00:00Z')).toEqual(['01', '0101', '0102', '0201']);
  });

  it('puts a blocked unit at risk whatever its dates, and lists the reason', async () => {
    const fx = await openRolloutFixture();
    const { våler } = fx.org;
    await fx.wave('Etappe 1', '2027-06-30', weekly('2027-01-04'), [våler.id]);
    await fx.progress(våler.id, 'access_ready', 'blocked', { blockedReason: 'Venter på kontoer fra IT' });
    const status = (await statusAt(fx, '2026-03-15T12:00:00Z')).get(våler.id);
    expect(status).toMatchObject({ blocked: true, atRisk: true, late: false, nextStageId: fx.stages.anchored, position: { kind: 'not_started', workingOnStageId: null } });
    const blocked = await fx.core.call('rollout.list', { filter: 'blocked' });
    expect(blocked.rows).toEqual([expect.objectContaining({ code: '0102', waveName: 'Etappe 1', regionName: 'Østlandet', blockedReason: 'Venter på kontoer fra IT' })]);
  });
});

describe('stage rules (proposed completion)', () => {
  it("proposes 'super-user in place' when the unit's super-user role is filled, until someone confirms it", async () => {
    const fx = await openRolloutFixture();
    const { herøy, våler, bø } = fx.org;
    const kari = await fx.person('Kari Nordmann');
    const ola = await fx.person('Ola Hansen');
    await fx.assign(kari, 'super_user', herøy.id, '2025-01-01');
    // Ended yesterday: Våler's slot is vacant again.
    await fx.assign(ola, 'super_user', våler.id, '2025-01-01', '2026-03-15');
    await fx.assign(ola, 'super_user', bø.id, '2025-01-01');
    await fx.progress(bø.id, 'super_user', 'done', { doneDate: '2026-03-01' });
    const status = await statusAt(fx, '2026-03-15T12:00:00Z');
    const proposed = (unitId: number) => status.get(unitId)?.stages.find((s) => s.stageId === fx.stages.super_user)?.proposedDone;
    expect(proposed(herøy.id)).toBe(true);
    expect(proposed(våler.id)).toBe(false);
    expect(proposed(bø.id)).toBe(false);
    // Only the stage with the rule is proposed.
    expect(status.get(herøy.id)?.stages.filter((s) => s.proposedDone).map((s) => s.stageId)).toEqual([fx.stages.super_user]);
    // The day before Våler's end date it was still held.
    const before = await statusAt(fx, '2026-03-14T12:00:00Z');
    expect(before.get(våler.id)?.stages.find((s) => s.stageId === fx.stages.super_user)?.proposedDone).toBe(true);
  });

  it("proposes 'basic training' when at least X % of the unit's holders have valid basic training", async () => {
    const fx = await openRolloutFixture();
    const { herøy, våler, bø } = fx.org;
    const people = await Promise.all(['Kari', 'Ola', 'Ingrid', 'Per', 'Liv'].map((n) => fx.person(`${n} Berg`)));
    for (const p of people) await fx.assign(p, 'chapter_leader', herøy.id, '2024-01-01');
    for (const p of people) await fx.assign(p, 'local_support', våler.id, '2024-01-01');
    const [a, b, c, d, e] = people as [number, number, number, number, number];
    // Herøy: 4 of 5 trained = 80 %. Våler has the same holders, so the same share: training follows the person.
    await fx.session('basic', '2025-05-01', herøy.id, [a, b, c]);
    // 24 months' validity: valid until (not on) 2026-03-16.
    await fx.session('basic', '2024-03-16', herøy.id, [d]);
    // Attending something else is not basic training.
    await fx.session('focus', '2026-01-10', herøy.id, [e]);
    const rule = async (instant: string) => {
      const status = await statusAt(fx, instant);
      return [herøy.id, våler.id, bø.id].map((id) => status.get(id)?.stages.find((s) => s.stageId === fx.stages.basic_training)?.proposedDone);
    };
    // Bø has no holders: nothing to propose.
    expect(await rule('2026-03-15T12:00:00Z')).toEqual([true, true, false]);
    // At Oslo midnight Per's training expires: 3 of 5 = 60 %.
    expect(await rule('2026-03-15T23:00:00Z')).toEqual([false, false, false]);
    const status = await computeRolloutStatus(fx.core.ds.manager, { today: '2026-03-16', settings: { ...SETTINGS, basicTrainingPercent: 60 } });
    expect(status.get(herøy.id)?.stages.find((s) => s.stageId === fx.stages.basic_training)?.proposedDone).toBe(true);
  });

  it('only reads the given units when asked for some', async () => {
    const fx = await openRolloutFixture();
    const { herøy, bø } = fx.org;
    const kari = await fx.person('Kari Nordmann');
    await fx.assign(kari, 'super_user', herøy.id, '2025-01-01');
    await fx.core.call('units.archive', { id: bø.id });
    const status = await computeRolloutStatus(fx.core.ds.manager, { today: '2026-03-15', settings: SETTINGS, unitIds: [herøy.id, bø.id] });
    // Archived units drop out even when asked for.
    expect([...status.keys()]).toEqual([herøy.id]);
    expect(status.get(herøy.id)?.stages.find((s) => s.stageId === fx.stages.super_user)?.proposedDone).toBe(true);
  });
});
