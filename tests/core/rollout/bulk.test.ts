import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../support/db';
import { ON_POSTGRES } from '../../support/postgres';
import { count, errorOf, NOW, openDemo, regionUnitIds, stageId, TODAY, unitId } from './plan-fixture';

interface Row {
  unitId: number;
  state: string;
  plannedDate: string | null;
  doneDate: string | null;
  note: string;
  blockedReason: string;
}

/** The stage's progress rows, without who/when (those change on every write). */
async function progressRows(core: TestCore, stage: number): Promise<Row[]> {
  return core.ds.query(
    `SELECT unit_id AS "unitId", state, planned_date AS "plannedDate", done_date AS "doneDate", note, blocked_reason AS "blockedReason"
     FROM stage_progress WHERE stage_id = ? ORDER BY unit_id`,
    [stage],
  );
}

async function tableCounts(core: TestCore): Promise<Record<string, number>> {
  return {
    progress: await count(core, 'stage_progress'),
    log: await count(core, 'activity_log'),
    bulk: await count(core, 'bulk_change'),
  };
}

/** Nordland (42 units) in a wave, with three units that already have progress on the live stage. */
async function plannedNordland(core: TestCore) {
  const region = await unitId(core, '18');
  const units = await regionUnitIds(core, '18');
  const wave = await core.call('waves.create', { name: 'Etappe nord', plannedStart: '2026-02-01', plannedEnd: '2026-04-30' });
  await core.call('waves.addRegion', { waveId: wave.id, regionId: region });
  const live = await stageId(core, 'live');
  const [bodo, narvik, vega] = [await unitId(core, '1804'), await unitId(core, '1806'), await unitId(core, '1815')];
  await core.call('rollout.setStage', { unitId: bodo, stageId: live, state: 'done', doneDate: '2026-03-01' });
  await core.call('rollout.setStage', { unitId: narvik, stageId: live, state: 'blocked', blockedReason: 'Mangler nett' });
  await core.call('rollout.setStage', { unitId: vega, stageId: live, state: 'in_progress', plannedDate: '2026-05-15', note: 'Ferje' });
  return { region, units, wave, live, bodo, narvik, vega };
}

describe('bulk changes', () => {
  it('marks a stage done for every unit of a wave in one go, leaving those already done alone', async () => {
    const core = await openDemo();
    const { units, wave, live, bodo } = await plannedNordland(core);
    await core.call('settings.update', { actorName: 'Driftsteamet' });
    expect(units).toHaveLength(42);
    const result = await core.call('rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: live, action: 'done' });
    expect(result).toMatchObject({ changed: 41, unchanged: 1, units: 42 });

    const rows = await progressRows(core, live);
    expect(rows.map((r) => r.unitId)).toEqual(units);
    expect(rows.every((r) => r.state === 'done' && r.blockedReason === '')).toBe(true);
    expect(rows.find((r) => r.unitId === bodo)?.doneDate).toBe('2026-03-01');
    expect(rows.filter((r) => r.doneDate === TODAY)).toHaveLength(41);
    const logged: Array<{ n: number }> = await core.ds.query(
      "SELECT COUNT(*) AS n FROM activity_log WHERE bulk_id = ? AND kind = 'bulk'", [result.bulkId],
    );
    expect(logged[0]?.n).toBe(41);
    const page = await core.call('rollout.unit', { unitId: units[5] ?? 0 });
    expect(page.stages.find((st) => st.stageId === live)).toMatchObject({ state: 'done', changedBy: 'Driftsteamet', changedAt: NOW.toISOString() });
    expect(page.history[0]).toMatchObject({
      kind: 'bulk', actor: 'Driftsteamet', bulkId: result.bulkId, waveId: wave.id,
      detail: { action: 'done', before: null, after: { state: 'done', doneDate: TODAY, plannedDate: null, note: '', blockedReason: '' } },
    });

    expect(await core.call('rollout.lastBulk')).toMatchObject({
      bulkId: result.bulkId, action: 'done', scopeKind: 'wave', scopeName: 'Etappe nord', stageId: live, changed: 41,
    });
  });

  it('sets dates and blocks with a reason for a whole region', async () => {
    const core = await openDemo();
    const { region, live, vega, narvik } = await plannedNordland(core);
    const dates = await core.call('rollout.bulk', { scope: 'region', scopeId: region, stageId: live, action: 'dates', plannedDate: '2026-05-15' });
    expect(dates).toMatchObject({ changed: 41, unchanged: 1 });
    expect((await progressRows(core, live)).every((r) => r.plannedDate === '2026-05-15')).toBe(true);
    // Setting a date keeps the state and note.
    expect((await progressRows(core, live)).find((r) => r.unitId === vega)).toMatchObject({ state: 'in_progress', note: 'Ferje' });

    const block = await core.call('rollout.bulk', { scope: 'region', scopeId: region, stageId: live, action: 'block', reason: 'Mangler nett' });
    expect(block).toMatchObject({ changed: 41, unchanged: 1, units: 42 });
    const rows = await progressRows(core, live);
    expect(rows.every((r) => r.state === 'blocked' && r.blockedReason === 'Mangler nett' && r.doneDate === null)).toBe(true);
    expect(rows.find((r) => r.unitId === narvik)?.state).toBe('blocked');
    expect(await errorOf(core, 'rollout.bulk', { scope: 'region', scopeId: await unitId(core, '1804'), stageId: live, action: 'done' }))
      .toMatchObject({ code: 'NOT_A_REGION' });
  });

  it('writes nothing when the service refuses the input', async () => {
    const core = await openDemo();
    const { wave, live } = await plannedNordland(core);
    const before = await tableCounts(core);
    expect(await errorOf(core, 'rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: 9999, action: 'done' }))
      .toMatchObject({ code: 'NOT_FOUND', details: { entity: 'stage', id: 9999 } });
    expect(await errorOf(core, 'rollout.bulk', { scope: 'wave', scopeId: 9999, stageId: live, action: 'done' }))
      .toMatchObject({ code: 'NOT_FOUND', details: { entity: 'wave' } });
    expect(await tableCounts(core)).toEqual(before);
  });

  it('is atomic: a failure after some units were written rolls every write back', async () => {
    const core = await openDemo();
    const { wave, live } = await plannedNordland(core);
    const before = await tableCounts(core);
    const rowsBefore = await progressRows(core, live);
    // A real database failure in the middle: the bulk_change row and every unit's
    // progress are written before the activity rows, which this trigger refuses.
    if (ON_POSTGRES) {
      await core.ds.query(
        `CREATE FUNCTION fail_bulk_log() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN IF NEW.kind = 'bulk' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`,
      );
      await core.ds.query('CREATE TRIGGER fail_bulk_log BEFORE INSERT ON activity_log FOR EACH ROW EXECUTE FUNCTION fail_bulk_log()');
    } else {
      await core.ds.query(
        `CREATE TRIGGER fail_bulk_log BEFORE INSERT ON activity_log WHEN NEW.kind = 'bulk'
         BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
      );
    }
    const env = await core.raw('rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: live, action: 'done' });
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.code).toBe('INTERNAL');
    expect(await tableCounts(core)).toEqual(before);
    expect(await progressRows(core, live)).toEqual(rowsBefore);
    expect(await core.call('rollout.lastBulk')).toBeNull();
  });

  it('undoes the last bulk change, then the one before, restoring the exact earlier states', async () => {
    const core = await openDemo();
    const { region, wave, live, vega } = await plannedNordland(core);
    const original = await progressRows(core, live);
    expect(original).toHaveLength(3);

    const first = await core.call('rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: live, action: 'done', doneDate: '2026-03-09' });
    const afterFirst = await progressRows(core, live);
    const second = await core.call('rollout.bulk', { scope: 'region', scopeId: region, stageId: live, action: 'block', reason: 'Lisenser mangler' });
    // A change made by hand after the bulk is still undone, and the log says so.
    await core.call('rollout.setStage', { unitId: vega, stageId: live, state: 'in_progress' });

    expect((await core.call('rollout.lastBulk'))?.bulkId).toBe(second.bulkId);
    expect(await core.call('rollout.undoBulk')).toEqual({ bulkId: second.bulkId, restored: 42 });
    expect(await progressRows(core, live)).toEqual(afterFirst);
    const vegaPage = await core.call('rollout.unit', { unitId: vega });
    expect(vegaPage.history[0]).toMatchObject({ kind: 'undo', bulkId: second.bulkId, detail: { undoOf: second.bulkId, changedSince: true } });

    expect(await core.call('rollout.lastBulk')).toMatchObject({ bulkId: first.bulkId, scopeName: 'Etappe nord', changed: 41 });
    expect(await core.call('rollout.undoBulk')).toEqual({ bulkId: first.bulkId, restored: 41 });
    // Units that had no row before are back to no row; the three others are as they were.
    expect(await progressRows(core, live)).toEqual(original);

    expect(await core.call('rollout.lastBulk')).toBeNull();
    expect(await errorOf(core, 'rollout.undoBulk', {})).toMatchObject({ code: 'NOTHING_TO_UNDO' });
    const undone: Array<{ n: number }> = await core.ds.query('SELECT COUNT(*) AS n FROM bulk_change WHERE undone_at IS NOT NULL');
    expect(undone[0]?.n).toBe(2);
  });

  it('does not offer a bulk change that changed nothing for undo', async () => {
    const core = await openDemo();
    const { wave, live } = await plannedNordland(core);
    const first = await core.call('rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: live, action: 'done' });
    const repeat = await core.call('rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: live, action: 'done' });
    expect(repeat).toMatchObject({ changed: 0, unchanged: 42, units: 42 });
    expect(repeat.bulkId).toBeGreaterThan(first.bulkId);
    expect((await core.call('rollout.lastBulk'))?.bulkId).toBe(first.bulkId);
    expect((await core.call('rollout.undoBulk')).bulkId).toBe(first.bulkId);
  });
});
