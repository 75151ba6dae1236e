// Several writers at once. On SQLite the core's queue runs calls one at a time; on
// PostgreSQL (FORANKRING_TEST_DRIVER=postgres) they run side by side, each as one
// SERIALIZABLE transaction retried on a conflict. Either way the all-or-nothing
// rules must hold: these tests fire the calls together and check what was stored.
import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/db';
import { utf8Csv } from '../fixtures/transfer';

const HEADER = 'kode;navn;overordnet;nivå;medlemmer;kontaktnotater';

async function demo(core: TestCore) {
  await core.call('demo.load');
  const tree = await core.call('units.tree', { includeArchived: false });
  const byCode = new Map(tree.map((u) => [u.code, u]));
  return { tree, byCode };
}

function chaptersFile(parent: string, level: string, codes: string[]) {
  return utf8Csv(`${[HEADER, ...codes.map((c) => `${c};Nytt lag ${c};${parent};${level};10;`)].join('\n')}\n`, { fileName: `${codes[0]}.csv` });
}

describe('several writers at once', () => {
  it('runs two imports at the same time, each whole, with no unit lost or doubled', async () => {
    const core = await openTestCore();
    const { tree, byCode } = await demo(core);
    const region = tree.find((u) => u.parentId !== null && byCode.get(String(tree.find((r) => r.id === u.parentId)?.code))?.parentId === null);
    if (!region) throw new Error('no region in the demo');
    const level = (await core.call('levels.list')).find((l) => l.id === tree.find((u) => u.parentId === region.id)?.levelId)?.name ?? '';
    const a = chaptersFile(region.code, level, ['A001', 'A002', 'A003']);
    const b = chaptersFile(region.code, level, ['B001', 'B002', 'B003', 'B004']);
    const [pa, pb] = await Promise.all([core.call('units.importPreview', a), core.call('units.importPreview', b)]);
    const results = await Promise.all([
      core.raw('units.import', { ...a, mapping: pa.mapping }),
      core.raw('units.import', { ...b, mapping: pb.mapping }),
    ]);
    expect(results).toEqual([
      { ok: true, value: { created: 3, updated: 0, levelsCreated: [] } },
      { ok: true, value: { created: 4, updated: 0, levelsCreated: [] } },
    ]);
    const after = await core.call('units.tree', { includeArchived: false });
    expect(after.length).toBe(tree.length + 7);
    expect(new Set(after.map((u) => u.id)).size).toBe(after.length);
    // A unit made after both imports gets an id of its own (the id sequence moved past them).
    const made = await core.call('units.create', { code: 'C001', name: 'Etter importene', levelId: after.find((u) => u.code === 'A001')?.levelId ?? 0, parentId: region.id });
    expect(after.some((u) => u.id === made.id)).toBe(false);
  });

  it('lets a bulk change and an edit of a unit in its region both land', async () => {
    const core = await openTestCore();
    const { tree } = await demo(core);
    const root = tree.find((u) => u.parentId === null);
    const region = tree.find((u) => u.parentId === root?.id && tree.some((c) => c.parentId === u.id));
    if (!region) throw new Error('no region in the demo');
    const created = await core.call('waves.create', { name: 'Samtidig', plannedStart: '2027-01-01', plannedEnd: '2027-06-30' });
    const wave = await core.call('waves.addRegion', { waveId: created.id, regionId: region.id });
    const stage = (await core.call('stages.list'))[0];
    if (!stage) throw new Error('no stage');
    const unitId = tree.find((u) => u.parentId === region.id)?.id ?? 0;
    const [bulk, edit] = await Promise.all([
      core.raw('rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: stage.id, action: 'dates', plannedDate: '2027-03-01' }),
      core.raw('units.update', { id: unitId, name: 'Omdøpt under masseendring', members: 123 }),
    ]);
    expect(bulk.ok).toBe(true);
    expect(edit.ok).toBe(true);
    const unit = await core.call('units.get', { id: unitId });
    expect(unit).toMatchObject({ name: 'Omdøpt under masseendring', members: 123 });
    const planned = await core.ds.query('SELECT COUNT(*) AS n FROM stage_progress WHERE stage_id = ? AND planned_date = ?', [stage.id, '2027-03-01']);
    expect(Number(planned[0].n)).toBe(wave.unitCount);
  });

  it('gives a role at a unit to the same person once when two people save it at the same moment', async () => {
    const core = await openTestCore();
    const { tree } = await demo(core);
    const chapter = tree.find((u) => !tree.some((c) => c.parentId === u.id));
    if (!chapter) throw new Error('no chapter');
    const role = (await core.call('roles.list')).find((r) => r.key === 'super_user');
    const person = await core.call('people.create', { name: 'Samtidig Superbruker', email: 'samtidig@example.org' });
    const input = { personId: person.id, roleId: role?.id ?? 0, unitId: chapter.id, startDate: '2026-01-01' };
    const answers = await Promise.all([core.raw('assignments.create', input), core.raw('assignments.create', input)]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.find((a) => !a.ok)).toMatchObject({ ok: false, error: { code: 'ALREADY_ASSIGNED' } });
    const rows = await core.ds.query('SELECT COUNT(*) AS n FROM assignment WHERE person_id = ?', [person.id]);
    expect(Number(rows[0].n)).toBe(1);
  });
});
