// The gap list: every required role that is not filled, filtered by region,
// level and role, with counts per region and a national total.
import type { EntityManager } from 'typeorm';
import { filterGaps, sortGaps, type GapSortColumn } from '../../shared/gap-order';
import type { Lang } from '../../shared/types';
import type { CoverageRow, GapCounts, GapReport } from '../../shared/types-ownership';
import { notFound } from '../errors';
import { computeCoverageWithUnits, subtreeOf } from './coverage';
import { visibleUnits } from '../call-context';

export interface GapFilters {
  /** A region (rank 1): its own rows and every unit below it. Any other unit works the same way, as a subtree. */
  regionId: number | null;
  levelRank: number | null;
  roleId: number | null;
}

export interface GapOptions {
  today: string;
  expiryDays: number;
}

/** What coverage.gaps shows of the rows: a text query, a column order and one page. */
export interface GapView {
  query: string;
  sort: GapSortColumn | null;
  desc: boolean;
  lang: Lang;
  limit: number;
  offset: number;
}

type RegionCounts = GapReport['byRegion'][number];

const zero = (): GapCounts => ({ missing: 0, expiring: 0, vacant: 0, total: 0 });

function tally(counts: GapCounts, row: CoverageRow): void {
  if (row.state === 'filled') return;
  counts[row.state] += 1;
  counts.total += 1;
}

/**
 * Rows are the non-filled requirements after the filters: all of them (the
 * exports and the reports), or with a view the page of those that match its
 * query, in its order. byRegion lists every region that has at least one
 * requirement under the filters, gaps or not (so a region whose gaps closed
 * shows 0): the national level (regionId null) first, then regions by code.
 * national sums them all; the counts never depend on the view.
 */
export async function computeGapReport(em: EntityManager, filters: GapFilters, options: GapOptions, view?: GapView): Promise<GapReport> {
  if (filters.regionId !== null && !(await em.query('SELECT 1 FROM unit WHERE id = ?', [filters.regionId])).length) {
    throw notFound('unit', filters.regionId);
  }
  if (filters.roleId !== null && !(await em.query('SELECT 1 FROM role WHERE id = ?', [filters.roleId])).length) {
    throw notFound('role', filters.roleId);
  }
  const { rows, units } = await computeCoverageWithUnits(em, options);
  const inRegion = filters.regionId === null ? null : subtreeOf(units, filters.regionId);
  // A signed-in user's figures are over the units they may read (null: all of them).
  const visible = visibleUnits();
  const codeOf = new Map(units.map((u) => [u.id, u.code]));

  const national = zero();
  const byRegion = new Map<number | null, RegionCounts>();
  const gaps: CoverageRow[] = [];
  let checked = 0;
  for (const row of rows) {
    if (inRegion && !inRegion.has(row.unitId)) continue;
    if (visible && !visible.has(row.unitId)) continue;
    if (filters.levelRank !== null && row.levelRank !== filters.levelRank) continue;
    if (filters.roleId !== null && row.roleId !== filters.roleId) continue;
    let region = byRegion.get(row.regionId);
    if (!region) {
      const regionCode = row.regionId === null ? null : (codeOf.get(row.regionId) ?? null);
      region = { regionId: row.regionId, regionCode, regionName: row.regionName, ...zero() };
      byRegion.set(row.regionId, region);
    }
    tally(region, row);
    tally(national, row);
    checked += 1;
    if (row.state !== 'filled') gaps.push(row);
  }
  const listed = view ? viewOf(gaps, view) : gaps;
  return {
    rows: view ? listed.slice(view.offset, view.offset + view.limit) : listed,
    total: listed.length,
    byRegion: [...byRegion.values()].sort(byRegionCode),
    national,
    checked,
    today: options.today,
    expiryDays: options.expiryDays,
  };
}

function viewOf(gaps: CoverageRow[], view: GapView): CoverageRow[] {
  const matching = view.query === '' ? gaps : filterGaps(gaps, view.query);
  if (!view.sort) return matching;
  const roleName = (r: CoverageRow) => (view.lang === 'en' ? r.roleNameEn : r.roleNameNb);
  return sortGaps(matching, view.sort, view.desc, view.lang, roleName);
}

function byRegionCode(a: RegionCounts, b: RegionCounts): number {
  if (a.regionCode === b.regionCode) return 0;
  if (a.regionCode === null) return -1;
  if (b.regionCode === null) return 1;
  return a.regionCode < b.regionCode ? -1 : 1;
}
