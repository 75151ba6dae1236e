// What `coverage.gaps` (no filters) returns, computed by hand: one SQL
// statement finds each unit's region with a recursive CTE, sums the
// assignments per unit and role, ranks the end dates in the expiry window with
// a window function and derives the state; JS only tallies the counts.
// Both scans of assignment are NOT INDEXED: reading the table in storage order
// and sorting is about twice as fast as walking the (unit_id, role_id) index,
// and the baseline should be the fastest plain SQL, not a strawman.
import type { CoverageRow, CoverageState, GapCounts, GapReport } from '../../src/shared/types-ownership';
import type { RawDb } from '../support/raw-sqlite';

type Row = CoverageRow & { regionCode: string | null };

export const GAPS_SQL = `
WITH RECURSIVE tree(id, region_id) AS (
  SELECT u.id, CASE WHEN l.rank = 1 THEN u.id END FROM unit u JOIN level l ON l.id = u.level_id WHERE u.parent_id IS NULL
  UNION ALL
  SELECT c.id, CASE WHEN l.rank = 1 THEN c.id WHEN l.rank > 1 THEN tree.region_id END
  FROM unit c JOIN tree ON c.parent_id = tree.id JOIN level l ON l.id = c.level_id
),
slot AS (
  SELECT unit_id, role_id,
         SUM(start_date <= ?1 AND (end_date IS NULL OR end_date > ?1)) AS holders,
         MAX(CASE WHEN end_date <= ?1 THEN end_date END) AS last_end
  FROM assignment NOT INDEXED GROUP BY unit_id, role_id
),
ending AS (
  SELECT unit_id, role_id, end_date, ROW_NUMBER() OVER (PARTITION BY unit_id, role_id ORDER BY end_date) AS n
  FROM assignment NOT INDEXED WHERE start_date <= ?1 AND end_date > ?1 AND end_date <= ?2
),
cov AS (
  SELECT u.id AS unitId, u.code AS unitCode, u.name AS unitName, l.rank AS levelRank, l.name AS levelName,
         t.region_id AS regionId, rg.code AS regionCode, rg.name AS regionName,
         r.id AS roleId, r.name_nb AS roleNameNb, r.name_en AS roleNameEn, rr.minimum AS minimum, r.sort_order AS sortOrder,
         COALESCE(s.holders, 0) AS holders, s.last_end AS lastEnd
  FROM unit u
  JOIN level l ON l.id = u.level_id
  JOIN tree t ON t.id = u.id
  JOIN role_requirement rr ON rr.level_rank = l.rank AND rr.minimum >= 1
  JOIN role r ON r.id = rr.role_id
  LEFT JOIN unit rg ON rg.id = t.region_id
  LEFT JOIN slot s ON s.unit_id = u.id AND s.role_id = r.id
  WHERE u.archived = 0
)
SELECT c.unitId, c.unitCode, c.unitName, c.levelRank, c.levelName, c.regionId, c.regionCode, c.regionName,
       c.roleId, c.roleNameNb, c.roleNameEn, c.minimum, c.holders,
       CASE WHEN c.holders >= c.minimum THEN CASE WHEN e.end_date IS NULL THEN 'filled' ELSE 'expiring' END
            WHEN c.lastEnd IS NOT NULL THEN 'vacant' ELSE 'missing' END AS state,
       CASE WHEN c.holders < c.minimum THEN c.lastEnd END AS vacantSince,
       CASE WHEN c.holders >= c.minimum THEN e.end_date END AS expiresOn
FROM cov c
LEFT JOIN ending e ON e.unit_id = c.unitId AND e.role_id = c.roleId AND e.n = c.holders - c.minimum + 1
ORDER BY c.unitCode, c.sortOrder, c.roleId`;

function addDaysUtc(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * `sql` is GAPS_SQL, or its PostgreSQL form (coverage-pg.ts) with a pg connection, which reads the same way.
 * With `page`, rows is that slice of the gaps, as coverage.gaps answers it: the counts need every row
 * anyway, so cutting the page in SQL would only make a second scan. Without, every gap (the reports).
 */
export async function rawGapReport(
  db: Pick<RawDb, 'all'>, today: string, expiryDays: number, sql = GAPS_SQL, page?: { limit: number; offset: number },
): Promise<GapReport> {
  const rows = await db.all<Row>(sql, [today, addDaysUtc(today, expiryDays)]);
  const national: GapCounts = { missing: 0, expiring: 0, vacant: 0, total: 0 };
  const regions = new Map<number | null, GapReport['byRegion'][number]>();
  const gaps: CoverageRow[] = [];
  let checked = 0;
  for (const { regionCode, ...row } of rows) {
    checked += 1;
    let region = regions.get(row.regionId);
    if (!region) {
      region = { regionId: row.regionId, regionCode, regionName: row.regionName, missing: 0, expiring: 0, vacant: 0, total: 0 };
      regions.set(row.regionId, region);
    }
    const state = row.state as CoverageState;
    if (state === 'filled') continue;
    region[state] += 1;
    region.total += 1;
    national[state] += 1;
    national.total += 1;
    gaps.push(row);
  }
  const byRegion = [...regions.values()].sort((a, b) =>
    a.regionCode === null ? -1 : b.regionCode === null ? 1 : a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0,
  );
  const shown = page ? gaps.slice(page.offset, page.offset + page.limit) : gaps;
  return { rows: shown, total: gaps.length, byRegion, national, checked, today, expiryDays };
}
