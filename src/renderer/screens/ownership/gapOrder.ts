// The gap list's filter and order, done here: the core already sends every gap
// of the chosen region, level and role, so typing and sorting need no round trip.
import { matchesQuery } from '../../../shared/fold';
import type { CoverageRow, CoverageState } from '../../../shared/types-ownership';

export type GapSortColumn = 'unit' | 'region' | 'role' | 'state';
export const GAP_SORTABLE: readonly GapSortColumn[] = ['unit', 'region', 'role', 'state'];

/** Missing first: it is the gap nobody has ever filled. */
const STATE_ORDER: Record<CoverageState, number> = { missing: 0, vacant: 1, expiring: 2, filled: 3 };

export function filterGaps(rows: readonly CoverageRow[], query: string): CoverageRow[] {
  return rows.filter((r) => matchesQuery(query, r.unitName, r.unitCode, r.regionName, r.levelName, r.roleNameNb, r.roleNameEn));
}

/**
 * Sorted by the chosen column, then by region and unit, so the rows of one
 * region, and within it one unit, always stay together (the list's grouping).
 */
export function sortGaps(rows: readonly CoverageRow[], by: GapSortColumn, desc: boolean, lang: string, roleName: (r: CoverageRow) => string): CoverageRow[] {
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'nb', { numeric: true });
  const region = (a: CoverageRow, b: CoverageRow) => collator.compare(a.regionName ?? '', b.regionName ?? '');
  const unit = (a: CoverageRow, b: CoverageRow) => collator.compare(a.unitName, b.unitName) || collator.compare(a.unitCode, b.unitCode);
  const primary: Record<GapSortColumn, (a: CoverageRow, b: CoverageRow) => number> = {
    region,
    unit,
    role: (a, b) => collator.compare(roleName(a), roleName(b)),
    state: (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state],
  };
  const sign = desc ? -1 : 1;
  return [...rows].sort((a, b) => sign * primary[by](a, b) || region(a, b) || unit(a, b) || collator.compare(roleName(a), roleName(b)));
}
