// The gap list on the demo organization: filters by region, level and role,
// counts per region that add up to the national total.
import { describe, expect, it } from 'vitest';
import type { GapReport } from '../../../src/shared/types-ownership';
import { openFixture, type Fixture } from './coverage-fixture';

async function demo(f: Fixture) {
  await f.core.call('demo.load');
  const units: Array<{ id: number; code: string }> = await f.core.ds.query('SELECT id, code FROM unit');
  const id = (code: string) => {
    const unit = units.find((u) => u.code === code);
    if (!unit) throw new Error(`no unit ${code}`);
    return unit.id;
  };
  const chapters: Array<{ n: number }> = await f.core.ds.query(
    `SELECT COUNT(*) AS n FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 2`,
  );
  return { id, chapters: chapters[0]?.n ?? 0 };
}

function expectConsistent(report: GapReport) {
  const sum = (key: 'missing' | 'expiring' | 'vacant' | 'total') => report.byRegion.reduce((s, r) => s + r[key], 0);
  expect({ missing: sum('missing'), expiring: sum('expiring'), vacant: sum('vacant'), total: sum('total') }).toEqual(report.national);
  expect(report.national.total).toBe(report.rows.length);
  expect(report.national.missing + report.national.expiring + report.national.vacant).toBe(report.national.total);
  for (const region of report.byRegion) {
    expect(report.rows.filter((r) => r.regionId === region.regionId)).toHaveLength(region.total);
  }
}

describe('coverage.gaps', () => {
  it('tells an organization with nothing to check from one with no gaps', async () => {
    const f = await openFixture();
    const empty = await f.core.call('coverage.gaps', { regionId: null, levelRank: null, roleId: null });
    expect(empty).toMatchObject({ rows: [], checked: 0, national: { total: 0 } });
    await demo(f);
    const all = await f.core.call('coverage.gaps', { regionId: null, levelRank: null, roleId: null });
    // Nothing is filled in the fresh demo, so every requirement checked is a gap.
    expect(all.checked).toBe(4 + 30 + 357 * 3);
    expect(all.checked).toBe(all.rows.length);
  });

  it('counts every required role as missing in an empty organization, per region and nationally', async () => {
    const f = await openFixture();
    const { id, chapters } = await demo(f);
    const report = await f.core.call('coverage.gaps', { regionId: null, levelRank: null, roleId: null });
    expect(chapters).toBe(357);
    // National: 4 roles; 15 regions x 2; 357 chapters x 3.
    expect(report.national).toEqual({ missing: 4 + 30 + 357 * 3, expiring: 0, vacant: 0, total: 4 + 30 + 357 * 3 });
    expect(report.byRegion).toHaveLength(16);
    expect(report.byRegion[0]).toMatchObject({ regionId: null, regionCode: null, total: 4 });
    const codes = report.byRegion.slice(1).map((r) => r.regionCode);
    expect(codes).toEqual([...codes].sort());
    const oslo = report.byRegion.find((r) => r.regionCode === '03');
    // Oslo is one region with one municipality: 2 + 3.
    expect(oslo).toMatchObject({ regionId: id('03'), regionName: 'Oslo', missing: 5, total: 5 });
    expectConsistent(report);
  });

  it('filters by region, level and role, and shows a region whose gaps closed with zero', async () => {
    const f = await openFixture();
    const { id } = await demo(f);
    const oslo = id('03');
    const osloChapter = id('0301');
    const kari = await f.person('Kari Nordmann');
    await f.assign(kari, 'sponsor', oslo, '2025-01-01');
    await f.assign(kari, 'super_user', oslo, '2025-01-01', '2026-04-01');
    await f.assign(await f.person('Ola'), 'super_user', osloChapter, '2025-01-01');
    await f.assign(await f.person('Per'), 'local_support', osloChapter, '2024-01-01', '2026-02-01');

    const region = await f.core.call('coverage.gaps', { regionId: oslo, levelRank: null, roleId: null });
    expect(region.rows.map((r) => [r.unitCode, r.roleNameEn, r.state, r.vacantSince ?? r.expiresOn])).toEqual([
      ['03', 'Super-user', 'expiring', '2026-04-01'],
      ['0301', 'Local support contact', 'vacant', '2026-02-01'],
      ['0301', 'Chapter leader', 'missing', null],
    ]);
    expect(region.byRegion).toEqual([{ regionId: oslo, regionCode: '03', regionName: 'Oslo', missing: 1, expiring: 1, vacant: 1, total: 3 }]);
    expectConsistent(region);

    const level = await f.core.call('coverage.gaps', { regionId: null, levelRank: 1, roleId: null });
    expect(level.rows.every((r) => r.levelRank === 1)).toBe(true);
    // 15 regions x 2, less Oslo's sponsor (filled); Oslo's super-user is leaving.
    expect(level.national).toEqual({ missing: 28, expiring: 1, vacant: 0, total: 29 });
    expectConsistent(level);

    const role = await f.core.call('coverage.gaps', { regionId: null, levelRank: null, roleId: f.roles.super_user });
    expect(role.rows.every((r) => r.roleId === f.roles.super_user)).toBe(true);
    // 15 regions + 357 chapters need a super-user; Oslo's chapter has one, Oslo's region one who leaves.
    expect(role.national).toEqual({ missing: 15 + 357 - 2, expiring: 1, vacant: 0, total: 15 + 357 - 1 });
    expect(role.byRegion.some((r) => r.regionId === null)).toBe(false);
    expectConsistent(role);

    // Fill Oslo's region and chapter: the region stays in the list, with nothing open.
    await f.assign(await f.person('Nina'), 'super_user', oslo, '2025-06-01');
    await f.assign(await f.person('Liv'), 'local_support', osloChapter, '2026-03-01');
    await f.assign(await f.person('Tor'), 'chapter_leader', osloChapter, '2026-03-01');
    const closed = await f.core.call('coverage.gaps', { regionId: oslo, levelRank: null, roleId: null });
    expect(closed.rows).toEqual([]);
    expect(closed.byRegion).toEqual([{ regionId: oslo, regionCode: '03', regionName: 'Oslo', missing: 0, expiring: 0, vacant: 0, total: 0 }]);
  });

  it('refuses an unknown region or role with NOT_FOUND', async () => {
    const f = await openFixture();
    await demo(f);
    const region = await f.core.raw('coverage.gaps', { regionId: 999999 });
    expect(region.ok ? null : region.error).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'unit', id: 999999 } });
    const role = await f.core.raw('coverage.gaps', { roleId: 999999 });
    expect(role.ok ? null : role.error).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'role', id: 999999 } });
  });
});
