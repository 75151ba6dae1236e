import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/db';

const NOW = () => new Date('2026-03-15T12:00:00Z');

/**
 * The demo organization, with a sitting board in the chapter Herøy (1515): the
 * leader and a treasurer (a board role a user added), beside the appointed
 * super-user and local support contact, which the board change leaves alone.
 */
async function seed(core: TestCore) {
  await core.call('demo.load', {});
  const units = new Map((await core.call('units.tree', {})).map((u) => [u.code, u]));
  const unit = (code: string) => units.get(code)?.id ?? 0;
  await core.call('roles.create', {
    nameNb: 'Kasserer', nameEn: 'Treasurer', board: true, requirements: [{ levelRank: 2, minimum: 0 }],
  });
  const roles = new Map((await core.call('roles.list')).map((r) => [r.key ?? r.nameEn, r]));
  const role = (key: string) => roles.get(key)?.id ?? 0;
  const person = async (name: string) => (await core.call('people.create', { name, email: `${name.toLowerCase()}@example.no` })).id;
  const [kari, ola, per, lise, sara, lars] = [
    await person('Kari'), await person('Ola'), await person('Per'), await person('Lise'), await person('Sara'), await person('Lars'),
  ];
  const chapter = unit('1515');
  const treasurer = await core.call('assignments.create', { personId: kari, roleId: role('Treasurer'), unitId: chapter, startDate: '2024-03-01' });
  const leader = await core.call('assignments.create', { personId: ola, roleId: role('chapter_leader'), unitId: chapter, startDate: '2024-03-01' });
  const past = await core.call('assignments.create', {
    personId: per, roleId: role('chapter_leader'), unitId: chapter, startDate: '2023-01-01', endDate: '2024-02-29',
  });
  const superUser = await core.call('assignments.create', { personId: sara, roleId: role('super_user'), unitId: chapter, startDate: '2024-03-01' });
  const support = await core.call('assignments.create', { personId: lars, roleId: role('local_support'), unitId: chapter, startDate: '2025-01-01' });
  return { unit, role, chapter, kari, ola, per, lise, treasurer, leader, past, appointed: [superUser.id, support.id] };
}

const snapshot = async (core: TestCore, unitId: number) =>
  (await core.call('assignments.list', { unitId, includeEnded: true })).map((a) => [a.id, a.personName, a.startDate, a.endDate]);

describe('assignments.replaceBoard', () => {
  it('ends the sitting board on the meeting date and adds the new one, keeping history', async () => {
    const core = await openTestCore({ now: NOW });
    const { role, chapter, ola, lise, treasurer, leader, past } = await seed(core);
    const result = await core.call('assignments.replaceBoard', {
      unitId: chapter, date: '2026-03-10',
      assignments: [{ personId: ola, roleId: role('chapter_leader') }, { personId: lise, roleId: role('Treasurer'), endDate: '2028-03-10' }],
    });
    expect(result).toEqual({ ended: 2, added: 2, undoId: expect.any(Number) });

    const current = await core.call('assignments.list', { unitId: chapter });
    expect(current.map((a) => [a.personName, a.roleNameNb, a.startDate, a.endDate, a.current]).sort()).toEqual([
      ['Lars', 'Lokal supportkontakt', '2025-01-01', null, true],
      ['Lise', 'Kasserer', '2026-03-10', '2028-03-10', true],
      ['Ola', 'Lagleder', '2026-03-10', null, true],
      ['Sara', 'Superbruker', '2024-03-01', null, true],
    ]);
    const all = await core.call('assignments.list', { unitId: chapter, includeEnded: true });
    expect(all).toHaveLength(7);
    const byId = new Map(all.map((a) => [a.id, a]));
    expect(byId.get(treasurer.id)).toMatchObject({ endDate: '2026-03-10', current: false });
    expect(byId.get(leader.id)).toMatchObject({ endDate: '2026-03-10', current: false });
    // A term that had already ended keeps its own end date.
    expect(byId.get(past.id)?.endDate).toBe('2024-02-29');
    // Ola's two terms meet on the meeting date: both are in his history.
    expect((await core.call('assignments.list', { personId: ola, includeEnded: true })).map((a) => [a.startDate, a.endDate])).toEqual([
      ['2026-03-10', null], ['2024-03-01', '2026-03-10'],
    ]);
  });

  it('ends only board roles: the super-user and the local support contact stay, and boardEnding names what will end', async () => {
    const core = await openTestCore({ now: NOW });
    const { chapter, treasurer, leader, appointed } = await seed(core);
    const roles = await core.call('roles.list');
    expect(roles.filter((r) => r.board).map((r) => r.nameNb)).toEqual(['Lagleder', 'Kasserer']);

    const ending = await core.call('assignments.boardEnding', { unitId: chapter, date: '2026-03-10' });
    expect(ending.map((a) => [a.id, a.personName, a.roleNameNb]).sort()).toEqual([
      [treasurer.id, 'Kari', 'Kasserer'], [leader.id, 'Ola', 'Lagleder'],
    ].sort());
    expect(await core.call('assignments.replaceBoard', { unitId: chapter, date: '2026-03-10', assignments: [] })).toEqual({ ended: 2, added: 0, undoId: expect.any(Number) });
    const left = await core.call('assignments.list', { unitId: chapter });
    expect(left.map((a) => a.id).sort()).toEqual([...appointed].sort());
    expect(left.every((a) => a.endDate === null && a.current)).toBe(true);
    expect(await core.call('assignments.boardEnding', { unitId: chapter, date: '2026-03-10' })).toEqual([]);
  });

  it('lets the catalog mark and unmark a board role', async () => {
    const core = await openTestCore({ now: NOW });
    const { role, chapter, appointed } = await seed(core);
    const updated = await core.call('roles.update', { id: role('super_user'), board: true });
    expect(updated.board).toBe(true);
    const ending = await core.call('assignments.boardEnding', { unitId: chapter, date: '2026-03-10' });
    expect(ending.map((a) => a.id)).toContain(appointed[0]);
    expect((await core.call('roles.update', { id: role('super_user'), board: false })).board).toBe(false);
    expect((await core.call('assignments.boardEnding', { unitId: chapter, date: '2026-03-10' })).map((a) => a.id)).not.toContain(appointed[0]);
  });

  it('writes nothing when one new assignment is refused', async () => {
    const core = await openTestCore({ now: NOW });
    const { role, chapter, ola, lise, per } = await seed(core);
    const before = await snapshot(core, chapter);
    const notAtLevel = await core.raw('assignments.replaceBoard', {
      unitId: chapter, date: '2026-03-10',
      assignments: [{ personId: lise, roleId: role('Treasurer') }, { personId: per, roleId: role('sponsor') }],
    });
    expect(notAtLevel.ok ? null : notAtLevel.error).toMatchObject({ code: 'ROLE_NOT_AT_LEVEL', details: { role: 'Sponsor', level: 'Lokallag' } });
    expect(await snapshot(core, chapter)).toEqual(before);

    const twice = await core.raw('assignments.replaceBoard', {
      unitId: chapter, date: '2026-03-10',
      assignments: [{ personId: ola, roleId: role('chapter_leader') }, { personId: ola, roleId: role('chapter_leader') }],
    });
    expect(twice.ok ? null : twice.error.code).toBe('ALREADY_ASSIGNED');
    expect(await snapshot(core, chapter)).toEqual(before);

    await core.call('people.erase', { id: lise });
    const erased = await core.raw('assignments.replaceBoard', {
      unitId: chapter, date: '2026-03-10', assignments: [{ personId: lise, roleId: role('Treasurer') }],
    });
    expect(erased.ok ? null : erased.error.code).toBe('PERSON_ERASED');
    const badEnd = await core.raw('assignments.replaceBoard', {
      unitId: chapter, date: '2026-03-10', assignments: [{ personId: per, roleId: role('Treasurer'), endDate: '2026-03-10' }],
    });
    expect(badEnd.ok ? null : badEnd.error.code).toBe('DATE_ORDER');
    expect(await snapshot(core, chapter)).toEqual(before);
    expect((await core.call('assignments.list', { unitId: chapter })).every((a) => a.current && a.endDate === null)).toBe(true);
  });

  it('keeps the sitting board current until a future meeting date, and leaves assignments made for the new period', async () => {
    const core = await openTestCore({ now: NOW });
    const { role, chapter, per, lise, treasurer } = await seed(core);
    const early = await core.call('assignments.create', { personId: per, roleId: role('Treasurer'), unitId: chapter, startDate: '2026-04-01' });
    const result = await core.call('assignments.replaceBoard', {
      unitId: chapter, date: '2026-04-01', assignments: [{ personId: lise, roleId: role('chapter_leader') }],
    });
    expect(result).toEqual({ ended: 2, added: 1, undoId: expect.any(Number) });
    const rows = new Map((await core.call('assignments.list', { unitId: chapter })).map((a) => [a.id, a]));
    expect(rows.get(treasurer.id)).toMatchObject({ endDate: '2026-04-01', current: true });
    expect(rows.get(early.id)).toMatchObject({ endDate: null, current: false });
    expect([...rows.values()].filter((a) => a.startDate === '2026-04-01').map((a) => a.personName).sort()).toEqual(['Lise', 'Per']);
    // Repeating an assignment already made for the new period is a duplicate, and again nothing is written.
    const before = await snapshot(core, chapter);
    const dup = await core.raw('assignments.replaceBoard', {
      unitId: chapter, date: '2026-04-01', assignments: [{ personId: per, roleId: role('Treasurer') }],
    });
    expect(dup.ok ? null : dup.error.code).toBe('ALREADY_ASSIGNED');
    expect(await snapshot(core, chapter)).toEqual(before);
  });

  it('touches only the given unit, and refuses an unknown unit', async () => {
    const core = await openTestCore({ now: NOW });
    const { unit, role, chapter, kari, appointed } = await seed(core);
    const other = await core.call('assignments.create', { personId: kari, roleId: role('chapter_leader'), unitId: unit('1818'), startDate: '2024-01-01' });
    expect(await core.call('assignments.replaceBoard', { unitId: chapter, date: '2026-03-10', assignments: [] })).toEqual({ ended: 2, added: 0, undoId: expect.any(Number) });
    expect((await core.call('assignments.list', { unitId: unit('1818') })).map((a) => a.id)).toEqual([other.id]);
    expect((await core.call('assignments.list', { unitId: chapter })).map((a) => a.id).sort()).toEqual([...appointed].sort());
    const missing = await core.raw('assignments.replaceBoard', { unitId: 99999, date: '2026-03-10', assignments: [] });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const missingPreview = await core.raw('assignments.boardEnding', { unitId: 99999, date: '2026-03-10' });
    expect(missingPreview.ok ? null : missingPreview.error.code).toBe('NOT_FOUND');
  });
});
