// The gap list's text filter and column order. The core applies them before it cuts
// the page (coverage.gaps), so they work over every gap, not only the rows shown.
import { matchesQuery } from './fold';
import type { CoverageRow, CoverageState } from './types-ownership';

export type GapSortColumn = 'unit' | 'region' | 'role' | 'state';
export const GAP_SORTABLE: readonly GapSortColumn[] = ['unit', 'region', 'role', 'state'];

/** Missing first: it is the gap nobody has ever filled. */
const STATE_ORDER: Record<CoverageState, number> = { missing: 0, vacant: 1, expiring: 2, filled: 3 };

export function filterGaps(rows: readonly CoverageRow[], query: string): CoverageRow[] {
  return rows.filter((r) => matchesQuery(query, r.unitName, r.unitCode, r.regionName, r.levelName, r.roleNameNb, r.roleNameEn));
}

/**
 * The list stays grouped by region and, within it, by unit, as the core sends it
 * (down the tree). The chosen column orders the regions (region), the units
 * within each region (unit), or the gaps within each unit (role, state).
 */
export function sortGaps(rows: readonly CoverageRow[], by: GapSortColumn, desc: boolean, lang: string, roleName: (r: CoverageRow) => string): CoverageRow[] {
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'nb', { numeric: true });
  const regionRank = new Map<number | null, number>();
  const unitRank = new Map<number, number>();
  rows.forEach((r, i) => {
    if (!regionRank.has(r.regionId)) regionRank.set(r.regionId, i);
    if (!unitRank.has(r.unitId)) unitRank.set(r.unitId, i);
  });
  const index = new Map(rows.map((r, i) => [r, i]));
  const sign = desc ? -1 : 1;
  const rank = <K,>(ranks: Map<K, number>, key: K) => ranks.get(key) ?? 0;
  const region = (a: CoverageRow, b: CoverageRow) =>
    by === 'region'
      ? sign * collator.compare(a.regionName ?? '', b.regionName ?? '') || rank(regionRank, a.regionId) - rank(regionRank, b.regionId)
      : rank(regionRank, a.regionId) - rank(regionRank, b.regionId);
  const unit = (a: CoverageRow, b: CoverageRow) =>
    by === 'unit'
      ? sign * (collator.compare(a.unitName, b.unitName) || collator.compare(a.unitCode, b.unitCode)) || rank(unitRank, a.unitId) - rank(unitRank, b.unitId)
      : rank(unitRank, a.unitId) - rank(unitRank, b.unitId);
  const within = (a: CoverageRow, b: CoverageRow) =>
    by === 'role' ? sign * collator.compare(roleName(a), roleName(b)) : by === 'state' ? sign * (STATE_ORDER[a.state] - STATE_ORDER[b.state]) : 0;
  return [...rows].sort((a, b) => region(a, b) || unit(a, b) || within(a, b) || (index.get(a) ?? 0) - (index.get(b) ?? 0));
}
