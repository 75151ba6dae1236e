import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/db';

const NOW = () => new Date('2026-03-15T12:00:00Z');

/** The demo organization, with a sitting board in Møre og Romsdal (region 15). */
async function seed(core: TestCore) {
  await core.call('demo.load', {});
  const units = new Map((await core.call('units.tree', {})).map((u) => [u.code, u]));
  const unit = (code: string) => units.get(code)?.id ?? 0;
  const roles = new Map((await core.call('roles.list')).map((r) => [r.key, r]));
  const role = (key: string) => roles.get(key)?.id ?? 0;
  const person = async (name: string) => (await core.call('people.create', { name, email: `${name.toLowerCase()}@example.no` })).id;
  const [kari, ola, per, lise] = [await person('Kari'), await person('Ola'), await person('Per'), await person('Lise')];
  const region = unit('15');
  const sponsor = await core.call('assignments.create', { personId: kari, roleId: role('sponsor'), unitId: region, startDate: '2024-03-01' });
  const superUser = await core.call('assignments.create', { personId: ola, roleId: role('super_user'), unitId: region, startDate: '2024-03-01' });
  const past = await core.call('assignments.create', {
    personId: per, roleId: role('super_user'), unitId: region, startDate: '2023-01-01', endDate: '2024-03-01',
  });
  return { unit, role, region, kari, ola, per, lise, sponsor, superUser, past };
}

const snapshot = async (core: TestCore, unitId: number) =>
  (await core.call('assignments.list', { unitId, includeEnded: true })).map((a) => [a.id, a.personName, a.startDate, a.endDate]);

describe('assignments.replaceBoard', () => {
  it('ends the sitting board on the meeting date and adds the new one, keeping history', async () => {
    const core = await openTestCore({ now: NOW });
    const { role, region, ola, lise, sponsor, superUser, past } = await seed(core);
    const result = await core.call('assignments.replaceBoard', {
      unitId: region, date: '2026-03-10',
      assignments: [{ personId: ola, roleId: role('super_user') }, { personId: lise, roleId: role('sponsor'), endDate: '2028-03-10' }],
    });
    expect(result).toEqual({ ended: 2, added: 2 });

    const current = await core.call('assignments.list', { unitId: region });
    expect(current.map((a) => [a.personName, a.roleNameNb, a.startDate, a.endDate, a.current]).sort()).toEqual([
      ['Lise', 'Sponsor', '2026-03-10', '2028-03-10', true],
      ['Ola', 'Superbruker', '2026-03-10', null, true],
    ]);
    const all = await core.call('assignments.list', { unitId: region, includeEnded: true });
    expect(all).toHaveLength(5);
    const byId = new Map(all.map((a) => [a.id, a]));
    expect(byId.get(sponsor.id)).toMatchObject({ endDate: '2026-03-10', current: false });
    expect(byId.get(superUser.id)).toMatchObject({ endDate: '2026-03-10', current: false });
    // A term that had already ended keeps its own end date.
    expect(byId.get(past.id)?.endDate).toBe('2024-03-01');
    // Ola's two terms meet on the meeting date: both are in his history.
    expect((await core.call('assignments.list', { personId: ola, includeEnded: true })).map((a) => [a.startDate, a.endDate])).toEqual([
      ['2026-03-10', null], ['2024-03-01', '2026-03-10'],
    ]);
  });

  it('writes nothing when one new assignment is refused', async () => {
    const core = await openTestCore({ now: NOW });
    const { role, region, ola, lise, per } = await seed(core);
    const before = await snapshot(core, region);
    const notAtLevel = await core.raw('assignments.replaceBoard', {
      unitId: region, date: '2026-03-10',
      assignments: [{ personId: lise, roleId: role('sponsor') }, { personId: per, roleId: role('chapter_leader') }],
    });
    expect(notAtLevel.ok ? null : notAtLevel.error).toMatchObject({ code: 'ROLE_NOT_AT_LEVEL', details: { role: 'Lagleder', level: 'Fylkeslag' } });
    expect(await snapshot(core, region)).toEqual(before);

    const twice = await core.raw('assignments.replaceBoard', {
      unitId: region, date: '2026-03-10',
      assignments: [{ personId: ola, roleId: role('super_user') }, { personId: ola, roleId: role('super_user') }],
    });
    expect(twice.ok ? null : twice.error.code).toBe('ALREADY_ASSIGNED');
    expect(await snapshot(core, region)).toEqual(before);

    await core.call('people.erase', { id: lise });
    const erased = await core.raw('assignments.replaceBoard', {
      unitId: region, date: '2026-03-10', assignments: [{ personId: lise, roleId: role('sponsor') }],
    });
    expect(erased.ok ? null : erased.error.code).toBe('PERSON_ERASED');
    const badEnd = await core.raw('assignments.replaceBoard', {
      unitId: region, date: '2026-03-10', assignments: [{ personId: per, roleId: role('sponsor'), endDate: '2026-03-10' }],
    });
    expect(badEnd.ok ? null : badEnd.error.code).toBe('DATE_ORDER');
    expect(await snapshot(core, region)).toEqual(before);
    expect((await core.call('assignments.list', { unitId: region })).every((a) => a.current && a.endDate === null)).toBe(true);
  });

  it('keeps the sitting board current until a future meeting date, and leaves assignments made for the new period', async () => {
    const core = await openTestCore({ now: NOW });
    const { role, region, per, lise, sponsor } = await seed(core);
    const early = await core.call('assignments.create', { personId: per, roleId: role('sponsor'), unitId: region, startDate: '2026-04-01' });
    const result = await core.call('assignments.replaceBoard', {
      unitId: region, date: '2026-04-01', assignments: [{ personId: lise, roleId: role('super_user') }],
    });
    expect(result).toEqual({ ended: 2, added: 1 });
    const rows = new Map((await core.call('assignments.list', { unitId: region })).map((a) => [a.id, a]));
    expect(rows.get(sponsor.id)).toMatchObject({ endDate: '2026-04-01', current: true });
    expect(rows.get(early.id)).toMatchObject({ endDate: null, current: false });
    expect([...rows.values()].filter((a) => a.startDate === '2026-04-01').map((a) => a.personName).sort()).toEqual(['Lise', 'Per']);
    // Repeating an assignment already made for the new period is a duplicate, and again nothing is written.
    const before = await snapshot(core, region);
    const dup = await core.raw('assignments.replaceBoard', {
      unitId: region, date: '2026-04-01', assignments: [{ personId: per, roleId: role('sponsor') }],
    });
    expect(dup.ok ? null : dup.error.code).toBe('ALREADY_ASSIGNED');
    expect(await snapshot(core, region)).toEqual(before);
  });

  it('touches only the given unit, and refuses an unknown unit', async () => {
    const core = await openTestCore({ now: NOW });
    const { unit, role, region, kari } = await seed(core);
    const chapter = await core.call('assignments.create', { personId: kari, roleId: role('chapter_leader'), unitId: unit('1515'), startDate: '2024-01-01' });
    expect(await core.call('assignments.replaceBoard', { unitId: region, date: '2026-03-10', assignments: [] })).toEqual({ ended: 2, added: 0 });
    expect((await core.call('assignments.list', { unitId: unit('1515') })).map((a) => a.id)).toEqual([chapter.id]);
    expect(await core.call('assignments.list', { unitId: region })).toEqual([]);
    const missing = await core.raw('assignments.replaceBoard', { unitId: 99999, date: '2026-03-10', assignments: [] });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});
