import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/db';
import { seedSmallOrg } from '../../support/seed';

const NOW = () => new Date('2026-03-15T12:00:00Z');

async function seed(core: TestCore) {
  const { top, mr, heroy, role } = await seedSmallOrg(core);
  const kari = await core.call('people.create', { name: 'Kari Nordmann', email: 'kari@example.no' });
  const ola = await core.call('people.create', { name: 'Ola Nordmann', email: 'ola@example.no' });
  return { top, mr, heroy, kari, ola, role };
}

async function errorOf(core: TestCore, ...args: Parameters<TestCore['raw']>) {
  const env = await core.raw(...args);
  return env.ok ? null : env.error;
}

describe('assignments', () => {
  it('assigns a role with names and today computed in Oslo', async () => {
    // 23:30 UTC on 14 March is already 15 March in Oslo.
    const core = await openTestCore({ now: () => new Date('2026-03-14T23:30:00Z') });
    const { heroy, kari, role } = await seed(core);
    const row = await core.call('assignments.create', { personId: kari.id, roleId: role('chapter_leader'), unitId: heroy.id, startDate: '2026-03-15' });
    expect(row).toMatchObject({
      personId: kari.id, personName: 'Kari Nordmann', personErased: false, roleNameNb: 'Lagleder', roleNameEn: 'Chapter leader',
      unitId: heroy.id, unitCode: '1515', unitName: 'Herøy', startDate: '2026-03-15', endDate: null, current: true,
    });
    expect((await core.call('people.get', { id: kari.id })).currentRoles).toBe(1);
  });

  it('refuses a role at a level the catalog does not allow, naming role and level', async () => {
    const core = await openTestCore({ now: NOW });
    const { heroy, top, kari, role } = await seed(core);
    expect(await errorOf(core, 'assignments.create', { personId: kari.id, roleId: role('system_owner'), unitId: heroy.id, startDate: '2026-01-01' }))
      .toMatchObject({ code: 'ROLE_NOT_AT_LEVEL', details: { role: 'Systemeier', level: 'Lokallag' } });
    expect(await errorOf(core, 'assignments.create', { personId: kari.id, roleId: role('chapter_leader'), unitId: top.id, startDate: '2026-01-01' }))
      .toMatchObject({ code: 'ROLE_NOT_AT_LEVEL', details: { role: 'Lagleder', level: 'Landsforbund' } });
    expect(await core.call('assignments.list', { includeEnded: true })).toEqual([]);
  });

  it('refuses an end date not after the start date, and an overlapping duplicate', async () => {
    const core = await openTestCore({ now: NOW });
    const { heroy, kari, ola, role } = await seed(core);
    const base = { personId: kari.id, roleId: role('super_user'), unitId: heroy.id };
    expect(await errorOf(core, 'assignments.create', { ...base, startDate: '2026-01-01', endDate: '2026-01-01' }))
      .toMatchObject({ code: 'DATE_ORDER', details: { startDate: '2026-01-01', endDate: '2026-01-01' } });
    await core.call('assignments.create', { ...base, startDate: '2025-01-01', endDate: '2026-01-01' });
    expect(await errorOf(core, 'assignments.create', { ...base, startDate: '2025-12-31' }))
      .toMatchObject({ code: 'ALREADY_ASSIGNED', details: { person: 'Kari Nordmann', role: 'Superbruker', unit: 'Herøy' } });
    // The next term may start the day the last one ended (end dates are exclusive), and someone else may share the role.
    await core.call('assignments.create', { ...base, startDate: '2026-01-01' });
    await core.call('assignments.create', { ...base, personId: ola.id, startDate: '2025-06-01' });
    expect(await core.call('assignments.list', { unitId: heroy.id })).toHaveLength(2);
    expect(await core.call('assignments.list', { unitId: heroy.id, includeEnded: true })).toHaveLength(3);
  });

  it('ends an assignment without deleting it, and refuses to end it twice', async () => {
    const core = await openTestCore({ now: NOW });
    const { heroy, kari, role } = await seed(core);
    const a = await core.call('assignments.create', { personId: kari.id, roleId: role('local_support'), unitId: heroy.id, startDate: '2025-02-01' });
    expect(await errorOf(core, 'assignments.end', { id: a.id, endDate: '2025-02-01' })).toMatchObject({ code: 'DATE_ORDER' });
    const ended = await core.call('assignments.end', { id: a.id, endDate: '2026-03-15' });
    expect(ended).toMatchObject({ endDate: '2026-03-15', current: false });
    expect(await core.call('assignments.list', { unitId: heroy.id })).toEqual([]);
    expect(await core.call('assignments.list', { personId: kari.id, includeEnded: true })).toEqual([{ ...ended, undoId: undefined }]);
    expect(await errorOf(core, 'assignments.end', { id: a.id, endDate: '2026-04-01' }))
      .toMatchObject({ code: 'ASSIGNMENT_ENDED', details: { endDate: '2026-03-15', lastDay: '2026-03-14' } });
    expect(await errorOf(core, 'assignments.end', { id: 999, endDate: '2026-04-01' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('moves a future end date, but not into the same person\'s next term', async () => {
    const core = await openTestCore({ now: NOW });
    const { heroy, kari, role } = await seed(core);
    const base = { personId: kari.id, roleId: role('local_support'), unitId: heroy.id };
    const first = await core.call('assignments.create', { ...base, startDate: '2025-01-01', endDate: '2026-06-01' });
    await core.call('assignments.create', { ...base, startDate: '2026-09-01' });
    expect((await core.call('assignments.end', { id: first.id, endDate: '2026-05-01' })).endDate).toBe('2026-05-01');
    expect((await core.call('assignments.end', { id: first.id, endDate: '2026-09-01' })).endDate).toBe('2026-09-01');
    expect(await errorOf(core, 'assignments.end', { id: first.id, endDate: '2026-09-02' })).toMatchObject({ code: 'ALREADY_ASSIGNED' });
  });

  it('lists upcoming assignments as not current, newest first', async () => {
    const core = await openTestCore({ now: NOW });
    const { heroy, mr, kari, role } = await seed(core);
    await core.call('assignments.create', { personId: kari.id, roleId: role('sponsor'), unitId: mr.id, startDate: '2025-01-01' });
    await core.call('assignments.create', { personId: kari.id, roleId: role('chapter_leader'), unitId: heroy.id, startDate: '2026-04-01' });
    const rows = await core.call('assignments.list', { personId: kari.id });
    expect(rows.map((r) => [r.unitCode, r.startDate, r.current])).toEqual([['1515', '2026-04-01', false], ['15', '2025-01-01', true]]);
    expect((await core.call('assignments.list', { unitId: mr.id })).map((r) => r.roleNameNb)).toEqual(['Sponsor']);
  });

  it('refuses a role at an archived unit, and keeps a unit with assignments or residents from being deleted', async () => {
    const core = await openTestCore({ now: NOW });
    const { heroy, mr, kari, role } = await seed(core);
    const spare = await core.call('units.create', { code: '1516', name: 'Sande', levelId: heroy.levelId, parentId: mr.id });
    const home = await core.call('units.create', { code: '1517', name: 'Hareid', levelId: heroy.levelId, parentId: mr.id });
    const a = await core.call('assignments.create', { personId: kari.id, roleId: role('chapter_leader'), unitId: spare.id, startDate: '2025-01-01' });
    await core.call('assignments.end', { id: a.id, endDate: '2026-01-01' });
    expect(await errorOf(core, 'units.delete', { id: spare.id }))
      .toMatchObject({ code: 'UNIT_REFERENCED', details: { code: '1516', assignments: 1, people: 0 } });
    await core.call('people.create', { name: 'Per', homeUnitId: home.id });
    expect(await errorOf(core, 'units.delete', { id: home.id }))
      .toMatchObject({ code: 'UNIT_REFERENCED', details: { people: 1, assignments: 0 } });
    await core.call('units.archive', { id: heroy.id });
    expect(await errorOf(core, 'assignments.create', { personId: kari.id, roleId: role('chapter_leader'), unitId: heroy.id, startDate: '2026-01-01' }))
      .toMatchObject({ code: 'UNIT_ARCHIVED', details: { code: '1515' } });
  });
});
