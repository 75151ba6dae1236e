// The coverage rules on real SQLite: minimums, the expiry window, vacancy
// dates, history across a board replacement, and "today" in Oslo.
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/core/ownership/coverage';
import type { CoverageRow } from '../../../src/shared/types-ownership';
import { openFixture, smallOrg, type Fixture, type RoleKey } from './coverage-fixture';

async function rowFor(f: Fixture, unitId: number, role: RoleKey, today = '2026-03-15', expiryDays = 30): Promise<CoverageRow> {
  const rows = await computeCoverage(f.core.ds.manager, { today, expiryDays, unitIds: [unitId] });
  const row = rows.find((r) => r.roleId === f.roles[role]);
  if (!row) throw new Error(`no coverage row for ${role} at unit ${unitId}`);
  return row;
}

const brief = (r: CoverageRow) => ({ state: r.state, holders: r.holders, vacantSince: r.vacantSince, expiresOn: r.expiresOn });

describe('coverage', () => {
  it('lists every required role of every active unit, and nothing that is only allowed or archived', async () => {
    const f = await openFixture();
    const org = await smallOrg(f.core);
    await f.core.call('units.archive', { id: org.bø.id });
    const rows = await computeCoverage(f.core.ds.manager, { today: '2026-03-15', expiryDays: 30 });
    const keyOf = new Map(Object.entries(f.roles).map(([k, id]) => [id, k]));
    const byUnit = (code: string) => rows.filter((r) => r.unitCode === code).map((r) => keyOf.get(r.roleId));
    expect(byUnit('00')).toEqual(['system_owner', 'technical_owner', 'functional_owner', 'functional_group']);
    expect(byUnit('01')).toEqual(['sponsor', 'super_user']);
    expect(byUnit('0101')).toEqual(['super_user', 'local_support', 'chapter_leader']);
    expect(byUnit('0201')).toEqual([]);
    expect(rows).toHaveLength(4 + 2 + 2 + 3 + 3);
    expect(rows.find((r) => r.unitCode === '0101')).toMatchObject({ regionId: org.east.id, regionName: 'Østlandet', levelName: 'Lokallag' });
    expect(rows.find((r) => r.unitCode === '02')).toMatchObject({ regionId: org.west.id, levelRank: 1 });
    expect(rows.find((r) => r.unitCode === '00')).toMatchObject({ regionId: null, regionName: null, levelRank: 0 });
  });

  it('needs the minimum: one functional group member of two is not enough', async () => {
    const f = await openFixture();
    const { top } = await smallOrg(f.core);
    expect(brief(await rowFor(f, top.id, 'functional_group'))).toEqual({ state: 'missing', holders: 0, vacantSince: null, expiresOn: null });
    await f.assign(await f.person('Kari Nordmann'), 'functional_group', top.id, '2025-01-01');
    expect(brief(await rowFor(f, top.id, 'functional_group'))).toEqual({ state: 'missing', holders: 1, vacantSince: null, expiresOn: null });
    // Someone held it before: one short is then "vacant since" that person left.
    await f.assign(await f.person('Ola Nordmann'), 'functional_group', top.id, '2024-01-01', '2025-06-01');
    expect(brief(await rowFor(f, top.id, 'functional_group'))).toEqual({ state: 'vacant', holders: 1, vacantSince: '2025-06-01', expiresOn: null });
    await f.assign(await f.person('Per Hansen'), 'functional_group', top.id, '2025-06-01');
    expect(brief(await rowFor(f, top.id, 'functional_group'))).toEqual({ state: 'filled', holders: 2, vacantSince: null, expiresOn: null });
  });

  it('marks a role expiring when an end date falls within the window, today + 30 included', async () => {
    const f = await openFixture();
    const { herøy, våler, bø } = await smallOrg(f.core);
    await f.assign(await f.person('A'), 'super_user', herøy.id, '2025-01-01', '2026-04-14');
    await f.assign(await f.person('B'), 'super_user', våler.id, '2025-01-01', '2026-04-15');
    expect(brief(await rowFor(f, herøy.id, 'super_user'))).toEqual({ state: 'expiring', holders: 1, vacantSince: null, expiresOn: '2026-04-14' });
    expect(brief(await rowFor(f, våler.id, 'super_user'))).toMatchObject({ state: 'filled', expiresOn: null });
    // A second holder who stays keeps the minimum of one: still filled.
    await f.assign(await f.person('C'), 'super_user', herøy.id, '2025-01-01');
    expect(brief(await rowFor(f, herøy.id, 'super_user'))).toMatchObject({ state: 'filled', holders: 2 });
    // Two holders who both leave: the unit is short when the second one goes.
    await f.assign(await f.person('D'), 'super_user', bø.id, '2025-01-01', '2026-04-10');
    await f.assign(await f.person('E'), 'super_user', bø.id, '2025-01-01', '2026-03-20');
    expect(brief(await rowFor(f, bø.id, 'super_user'))).toEqual({ state: 'expiring', holders: 2, vacantSince: null, expiresOn: '2026-04-10' });
  });

  it('finds the date that takes a minimum of two below it', async () => {
    const f = await openFixture();
    const { top } = await smallOrg(f.core);
    await f.assign(await f.person('A'), 'functional_group', top.id, '2025-01-01', '2026-03-20');
    await f.assign(await f.person('B'), 'functional_group', top.id, '2025-01-01', '2026-04-01');
    await f.assign(await f.person('C'), 'functional_group', top.id, '2025-01-01');
    // Three holders, need two: after A leaves two remain; after B, one.
    expect(brief(await rowFor(f, top.id, 'functional_group'))).toEqual({ state: 'expiring', holders: 3, vacantSince: null, expiresOn: '2026-04-01' });
  });

  it('reads the expiry window from the settings', async () => {
    const f = await openFixture();
    const { herøy } = await smallOrg(f.core);
    await f.assign(await f.person('A'), 'super_user', herøy.id, '2025-01-01', '2026-04-01');
    const superUser = { regionId: null, levelRank: 2, roleId: f.roles.super_user };
    const before = await f.core.call('coverage.gaps', superUser);
    expect(before).toMatchObject({ today: '2026-03-15', expiryDays: 30 });
    expect(before.rows.find((r) => r.unitId === herøy.id)).toMatchObject({ state: 'expiring', expiresOn: '2026-04-01' });
    await f.core.call('settings.update', { expiryDays: 10 });
    const after = await f.core.call('coverage.gaps', superUser);
    expect(after.expiryDays).toBe(10);
    expect(after.rows.find((r) => r.unitId === herøy.id)).toBeUndefined();
  });

  it('dates a vacancy from the last holder who left, and calls a role never held missing', async () => {
    const f = await openFixture();
    const { herøy, våler, bø } = await smallOrg(f.core);
    await f.assign(await f.person('A'), 'chapter_leader', herøy.id, '2022-03-01', '2024-03-01');
    await f.assign(await f.person('B'), 'chapter_leader', herøy.id, '2024-03-01', '2026-01-10');
    expect(brief(await rowFor(f, herøy.id, 'chapter_leader'))).toEqual({ state: 'vacant', holders: 0, vacantSince: '2026-01-10', expiresOn: null });
    // Ends today: the end date is exclusive, so it is already vacant today.
    await f.assign(await f.person('C'), 'chapter_leader', våler.id, '2025-03-01', '2026-03-15');
    expect(brief(await rowFor(f, våler.id, 'chapter_leader'))).toEqual({ state: 'vacant', holders: 0, vacantSince: '2026-03-15', expiresOn: null });
    // Starts next month: not held yet, and never held before.
    await f.assign(await f.person('D'), 'chapter_leader', bø.id, '2026-04-01');
    expect(brief(await rowFor(f, bø.id, 'chapter_leader'))).toEqual({ state: 'missing', holders: 0, vacantSince: null, expiresOn: null });
  });

  it('keeps history true across a board replacement: the old board on D-1, the new one on D', async () => {
    const f = await openFixture(new Date('2026-03-14T12:00:00Z'));
    const { herøy } = await smallOrg(f.core);
    const D = '2026-03-15';
    const old = { leader: await f.person('Gammel Leder'), support: await f.person('Gammel Support'), superUser: await f.person('Gammel Superbruker') };
    await f.assign(old.leader, 'chapter_leader', herøy.id, '2025-03-01', D);
    await f.assign(old.support, 'local_support', herøy.id, '2025-03-01', D);
    await f.assign(old.superUser, 'super_user', herøy.id, '2025-03-01', D);
    const fresh = { leader: await f.person('Ny Leder'), support: await f.person('Ny Support'), superUser: await f.person('Ny Superbruker') };
    await f.assign(fresh.leader, 'chapter_leader', herøy.id, D);
    await f.assign(fresh.support, 'local_support', herøy.id, D);
    // The new super-user only starts in April.
    await f.assign(fresh.superUser, 'super_user', herøy.id, '2026-04-01');

    const holdersOn = async () => {
      const card = await f.core.call('units.card', { id: herøy.id });
      return Object.fromEntries((card.levels[0]?.roles ?? []).map((r) => [r.roleKey, { state: r.state, names: r.holders.map((h) => h.name) }]));
    };
    expect(await holdersOn()).toEqual({
      super_user: { state: 'expiring', names: ['Gammel Superbruker'] },
      local_support: { state: 'expiring', names: ['Gammel Support'] },
      chapter_leader: { state: 'expiring', names: ['Gammel Leder'] },
    });
    f.setNow(new Date('2026-03-15T12:00:00Z'));
    expect(await holdersOn()).toEqual({
      super_user: { state: 'vacant', names: [] },
      local_support: { state: 'filled', names: ['Ny Support'] },
      chapter_leader: { state: 'filled', names: ['Ny Leder'] },
    });
    expect(brief(await rowFor(f, herøy.id, 'super_user'))).toMatchObject({ state: 'vacant', vacantSince: D });
    f.setNow(new Date('2026-04-01T12:00:00Z'));
    expect((await holdersOn()).super_user).toEqual({ state: 'filled', names: ['Ny Superbruker'] });
  });

  it('takes today from Oslo: 23:30 UTC on 14 March is already 15 March', async () => {
    const f = await openFixture(new Date('2026-03-14T22:30:00Z'));
    const { herøy } = await smallOrg(f.core);
    await f.assign(await f.person('A'), 'chapter_leader', herøy.id, '2025-03-01', '2026-03-15');
    const leader = { regionId: null, levelRank: null, roleId: f.roles.chapter_leader };
    // 23:30 in Oslo on the 14th: still held, ending at midnight.
    const evening = await f.core.call('coverage.gaps', leader);
    expect(evening.today).toBe('2026-03-14');
    expect(evening.rows.find((r) => r.unitId === herøy.id)).toMatchObject({ state: 'expiring', holders: 1, expiresOn: '2026-03-15' });
    // 00:30 in Oslo on the 15th, though still the 14th in UTC: the end date has come.
    f.setNow(new Date('2026-03-14T23:30:00Z'));
    const midnight = await f.core.call('coverage.gaps', leader);
    expect(midnight.today).toBe('2026-03-15');
    expect(midnight.rows.find((r) => r.unitId === herøy.id)).toMatchObject({ state: 'vacant', holders: 0, vacantSince: '2026-03-15' });
  });
});
