// «Angre» for ending a role, replacing a board, and deleting a wave or a training session:
// the change goes back whole, once, and not when something has moved on since.
import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/db';

const NOW = () => new Date('2026-03-15T12:00:00Z');

async function demo(core: TestCore) {
  await core.call('demo.load', {});
  const units = new Map((await core.call('units.tree', {})).map((u) => [u.code, u]));
  const unit = (code: string) => units.get(code)?.id ?? 0;
  const roles = new Map((await core.call('roles.list')).map((r) => [r.key ?? r.nameEn, r]));
  const role = (key: string) => roles.get(key)?.id ?? 0;
  const person = async (name: string) => (await core.call('people.create', { name, email: `${name.toLowerCase()}@example.no` })).id;
  return { unit, role, person };
}

const roles = async (core: TestCore, unitId: number) =>
  (await core.call('assignments.list', { unitId, includeEnded: true })).map((a) => [a.id, a.personName, a.startDate, a.endDate]);

describe('undo', () => {
  it('takes back an ended role once, and refuses a second time', async () => {
    const core = await openTestCore({ now: NOW });
    const { unit, role, person } = await demo(core);
    const kari = await person('Kari');
    const leader = await core.call('assignments.create', { personId: kari, roleId: role('chapter_leader'), unitId: unit('1515'), startDate: '2024-03-01' });
    const before = await roles(core, unit('1515'));
    const ended = await core.call('assignments.end', { id: leader.id, endDate: '2026-03-15' });
    expect(ended.endDate).toBe('2026-03-15');
    expect(await core.call('assignments.undo', { id: ended.undoId })).toEqual({ kind: 'assignment.end' });
    expect(await roles(core, unit('1515'))).toEqual(before);
    const again = await core.raw('assignments.undo', { id: ended.undoId });
    expect(again.ok ? null : again.error.code).toBe('UNDO_DONE');
    // An undo id of another area is not found there.
    const session = await core.raw('trainingSessions.undoDelete', { id: ended.undoId });
    expect(session.ok ? null : session.error.code).toBe('NOT_FOUND');
  });

  it('refuses to take back a role changed again since, and changes nothing', async () => {
    const core = await openTestCore({ now: NOW });
    const { unit, role, person } = await demo(core);
    const leader = await core.call('assignments.create', { personId: await person('Ola'), roleId: role('chapter_leader'), unitId: unit('1515'), startDate: '2024-03-01' });
    const first = await core.call('assignments.end', { id: leader.id, endDate: '2026-06-01' });
    await core.call('assignments.end', { id: leader.id, endDate: '2026-05-01' });
    const after = await roles(core, unit('1515'));
    const undo = await core.raw('assignments.undo', { id: first.undoId });
    expect(undo.ok ? null : undo.error.code).toBe('UNDO_STALE');
    expect(await roles(core, unit('1515'))).toEqual(after);
  });

  it('puts the old board back and takes the new one away', async () => {
    const core = await openTestCore({ now: NOW });
    const { unit, role, person } = await demo(core);
    const chapter = unit('1515');
    await core.call('assignments.create', { personId: await person('Per'), roleId: role('chapter_leader'), unitId: chapter, startDate: '2024-03-01' });
    const before = await roles(core, chapter);
    const replaced = await core.call('assignments.replaceBoard', {
      unitId: chapter, date: '2026-03-10', assignments: [{ personId: await person('Lise'), roleId: role('chapter_leader') }],
    });
    expect(replaced).toMatchObject({ ended: 1, added: 1 });
    expect(await roles(core, chapter)).not.toEqual(before);
    await core.call('assignments.undo', { id: replaced.undoId });
    expect(await roles(core, chapter)).toEqual(before);
  });

  it('puts a deleted wave back with its regions, units and stage dates, under its own id', async () => {
    const core = await openTestCore({ now: NOW });
    const { unit } = await demo(core);
    const [stage] = await core.call('stages.list');
    const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' });
    await core.call('waves.addRegion', { waveId: wave.id, regionId: unit('39') });
    await core.call('waves.setStageDate', { waveId: wave.id, stageId: stage?.id ?? 0, plannedDate: '2026-04-15' });
    const [before] = await core.call('waves.list');
    const deleted = await core.call('waves.delete', { id: wave.id, freeUnits: true });
    expect(deleted.freed).toBe(before?.unitCount);
    expect(await core.call('waves.list')).toEqual([]);
    await core.call('waves.undoDelete', { id: deleted.undoId });
    expect(await core.call('waves.list')).toEqual([before]);
  });

  it('refuses to bring a wave back over one that took its name, whole', async () => {
    const core = await openTestCore({ now: NOW });
    await demo(core);
    const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-04-01', plannedEnd: '2026-06-30' });
    const deleted = await core.call('waves.delete', { id: wave.id });
    await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-05-01', plannedEnd: '2026-07-30' });
    const after = await core.call('waves.list');
    const undo = await core.raw('waves.undoDelete', { id: deleted.undoId });
    expect(undo.ok ? null : undo.error.code).toBe('UNDO_STALE');
    expect(await core.call('waves.list')).toEqual(after);
  });

  it('puts a deleted training session back with its attendance', async () => {
    const core = await openTestCore({ now: NOW });
    const { unit, person } = await demo(core);
    const [type] = await core.call('trainingTypes.list');
    const attendees = [await person('Siri'), await person('Tor')];
    const session = await core.call('trainingSessions.create', { typeId: type?.id ?? 0, date: '2026-03-01', unitId: unit('1515'), format: 'digital', trainer: 'Kari', attendeeIds: attendees });
    const before = await core.call('trainingSessions.get', { id: session.id });
    const deleted = await core.call('trainingSessions.delete', { id: session.id });
    await core.call('trainingSessions.undoDelete', { id: deleted.undoId });
    expect(await core.call('trainingSessions.get', { id: session.id })).toEqual(before);
  });

  it('keeps no copy of an erased person: their undo entries go with the erasure', async () => {
    const core = await openTestCore({ now: NOW });
    const { unit, role, person } = await demo(core);
    const kari = await person('Kari');
    const leader = await core.call('assignments.create', { personId: kari, roleId: role('chapter_leader'), unitId: unit('1515'), startDate: '2024-03-01' });
    const ended = await core.call('assignments.end', { id: leader.id, endDate: '2026-03-15' });
    await core.call('people.erase', { id: kari });
    expect(Number((await core.ds.query('SELECT COUNT(*) AS n FROM undo_entry'))[0].n)).toBe(0);
    const undo = await core.raw('assignments.undo', { id: ended.undoId });
    expect(undo.ok ? null : undo.error.code).toBe('NOT_FOUND');
  });
});
