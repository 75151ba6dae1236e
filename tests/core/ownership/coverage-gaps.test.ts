// The gap list on the demo organization: filters by region, level and role,
// counts per region that add up to the national total, and the list a page at a time.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ParamsOf } from '../../../src/shared/contract';
import { filterGaps, sortGaps } from '../../../src/shared/gap-order';
import type { CoverageRow, GapReport } from '../../../src/shared/types-ownership';
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

type GapInput = Partial<ParamsOf<'coverage.gaps'>>;

/** Every page of the list, the largest page the contract allows, one after another. */
async function allPages(f: Fixture, input: GapInput): Promise<{ pages: GapReport[]; rows: CoverageRow[] }> {
  const pages: GapReport[] = [];
  for (let offset = 0; ; offset += input.limit ?? 500) {
    const page = await f.core.call('coverage.gaps', { limit: 500, ...input, offset });
    pages.push(page);
    if (offset + page.rows.length >= page.total) break;
  }
  return { pages, rows: pages.flatMap((p) => p.rows) };
}

const key = (r: CoverageRow) => `${r.unitId}-${r.roleId}`;
const counts = ({ national, byRegion, checked }: GapReport) => ({ national, byRegion, checked });

async function expectConsistent(f: Fixture, report: GapReport, input: GapInput) {
  const { rows } = await allPages(f, input);
  const sum = (key: 'missing' | 'expiring' | 'vacant' | 'total') => report.byRegion.reduce((s, r) => s + r[key], 0);
  expect({ missing: sum('missing'), expiring: sum('expiring'), vacant: sum('vacant'), total: sum('total') }).toEqual(report.national);
  expect(report.national.total).toBe(report.total);
  expect(rows).toHaveLength(report.total);
  expect(report.national.missing + report.national.expiring + report.national.vacant).toBe(report.national.total);
  for (const region of report.byRegion) {
    expect(rows.filter((r) => r.regionId === region.regionId)).toHaveLength(region.total);
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
    expect(all.checked).toBe(all.total);
    // The first page of 100 by default.
    expect(all.rows).toHaveLength(100);
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
    await expectConsistent(f, report, {});
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
    await expectConsistent(f, region, { regionId: oslo });

    const level = await f.core.call('coverage.gaps', { regionId: null, levelRank: 1, roleId: null });
    expect(level.rows.every((r) => r.levelRank === 1)).toBe(true);
    expect(level.total).toBe(29);
    // 15 regions x 2, less Oslo's sponsor (filled); Oslo's super-user is leaving.
    expect(level.national).toEqual({ missing: 28, expiring: 1, vacant: 0, total: 29 });
    await expectConsistent(f, level, { levelRank: 1 });

    const role = await f.core.call('coverage.gaps', { regionId: null, levelRank: null, roleId: f.roles.super_user });
    expect((await allPages(f, { roleId: f.roles.super_user })).rows.every((r) => r.roleId === f.roles.super_user)).toBe(true);
    // 15 regions + 357 chapters need a super-user; Oslo's chapter has one, Oslo's region one who leaves.
    expect(role.national).toEqual({ missing: 15 + 357 - 2, expiring: 1, vacant: 0, total: 15 + 357 - 1 });
    expect(role.byRegion.some((r) => r.regionId === null)).toBe(false);
    await expectConsistent(f, role, { roleId: f.roles.super_user });

    // Fill Oslo's region and chapter: the region stays in the list, with nothing open.
    await f.assign(await f.person('Nina'), 'super_user', oslo, '2025-06-01');
    await f.assign(await f.person('Liv'), 'local_support', osloChapter, '2026-03-01');
    await f.assign(await f.person('Tor'), 'chapter_leader', osloChapter, '2026-03-01');
    const closed = await f.core.call('coverage.gaps', { regionId: oslo, levelRank: null, roleId: null });
    expect(closed.rows).toEqual([]);
    expect(closed.total).toBe(0);
    expect(closed.byRegion).toEqual([{ regionId: oslo, regionCode: '03', regionName: 'Oslo', missing: 0, expiring: 0, vacant: 0, total: 0 }]);
  });

  it('pages the list: disjoint pages make the whole list in its order, the counts stay whole, the export has every row', async () => {
    const f = await openFixture();
    const { id } = await demo(f);
    const { pages, rows } = await allPages(f, { limit: 100 });
    expect(pages.map((p) => p.rows.length)).toEqual([...Array(11).fill(100), 5]);
    expect(pages.every((p) => p.total === 1105)).toBe(true);
    expect(new Set(rows.map(key)).size).toBe(1105);
    // Each page reports the same counts, and so does a page past the end, which is empty.
    const past = await f.core.call('coverage.gaps', { offset: 2000 });
    expect(past).toMatchObject({ rows: [], total: 1105 });
    for (const page of [...pages, past]) expect(counts(page)).toEqual(counts(pages[0] as GapReport));
    // Down the tree: by unit code, then the role catalog's order.
    const codes = rows.map((r) => r.unitCode);
    expect(codes).toEqual([...codes].sort());

    // The export is every row, in the same order, whatever page the screen shows.
    const csv = await f.core.call('coverage.exportGaps', { format: 'csv', lang: 'en', separator: ';' });
    const lines = Papa.parse<string[]>(Buffer.from(csv.base64, 'base64').subarray(3).toString('utf8').trimEnd(), { delimiter: ';' }).data;
    expect(lines.slice(1).map((l) => `${l[1]} ${l[4]}`)).toEqual(rows.map((r) => `${r.unitCode} ${r.roleNameEn}`));

    // Under a region filter, total is the region's gaps and the pages hold just those.
    const nordland = await allPages(f, { regionId: id('18'), limit: 50 });
    const inNordland = rows.filter((r) => r.regionId === id('18'));
    expect(nordland.pages[0]?.total).toBe(inNordland.length);
    expect(nordland.pages[0]?.national.total).toBe(inNordland.length);
    expect(nordland.rows).toEqual(inNordland);
  });

  it('filters by text and sorts before it cuts the page; the counts do not follow the text', async () => {
    const f = await openFixture();
    await demo(f);
    const whole = (await allPages(f, {})).rows;
    const first = await f.core.call('coverage.gaps', {});
    const text = await f.core.call('coverage.gaps', { query: 'nordland heroy' });
    expect(text.total).toBe(filterGaps(whole, 'nordland heroy').length);
    expect(text.total).toBe(3);
    expect(text.rows.map((r) => r.unitCode)).toEqual(['1818', '1818', '1818']);
    expect(counts(text)).toEqual(counts(first));
    // A sort orders all the gaps, not only the first page's: the second page goes on where the first stops.
    const sorted = sortGaps(whole, 'role', true, 'en', (r) => r.roleNameEn);
    const second = await f.core.call('coverage.gaps', { sort: 'role', desc: true, lang: 'en', limit: 100, offset: 100 });
    expect(second.rows).toEqual(sorted.slice(100, 200));
    expect(second.total).toBe(1105);
  });

  it('answers the counts alone for the Overview (coverage.gapCounts), the same as the list\'s', async () => {
    const f = await openFixture();
    const empty = await f.core.call('coverage.gapCounts', {});
    expect(empty).toEqual({ national: { missing: 0, expiring: 0, vacant: 0, total: 0 }, checked: 0 });
    const { id } = await demo(f);
    const report = await f.core.call('coverage.gaps', { regionId: id('18') });
    expect(await f.core.call('coverage.gapCounts', { regionId: id('18') })).toEqual({ national: report.national, checked: report.checked });
    expect((await f.core.call('coverage.gapCounts', {})).national.total).toBe(1105);
    const unknown = await f.core.raw('coverage.gapCounts', { roleId: 999999 });
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'role', id: 999999 } });
  });

  it('refuses a page beyond the contract with a clear input error', async () => {
    const f = await openFixture();
    for (const input of [{ limit: 0 }, { limit: 501 }, { offset: -1 }]) {
      const answer = await f.core.raw('coverage.gaps', input);
      expect(answer.ok ? null : answer.error.code).toBe('INVALID_INPUT');
    }
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
