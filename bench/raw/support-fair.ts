// support.metrics in raw SQL the way one would write it for production over the
// events' derived tables (cases and per-tier clocks), without rollups: one scan of
// the period's cases for the counts and the top problems, one pass over the clocks
// joined to their cases for the per-tier counts and breaches, and histograms
// (GROUP BY whole minutes) for the percentiles instead of sorting every value.
// A wide period reads the tables in storage order (NOT INDEXED, clocks first),
// since fetching most rows through the opened_at index costs several times more.
import { TZDate } from '@date-fns/tz';
import type { DurationStats, SupportMetrics, SupportTier } from '../../src/shared/types-support';
import type { RawDb } from '../support/raw-sqlite';
import { TREE } from './rollout';

const TIERS: SupportTier[] = ['chapter', 'region', 'national', 'vendor'];

function bound(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + plusDays, 0, 0, 'Europe/Oslo').getTime()).toISOString().replace('T', ' ').replace('Z', '');
}

/** Nearest-rank median and p90 from (minutes, n) sorted by minutes. */
function fromHistogram(rows: ReadonlyArray<{ minutes: number; n: number }>): DurationStats {
  const count = rows.reduce((s, r) => s + r.n, 0);
  if (count === 0) return { count: 0, medianMinutes: null, p90Minutes: null };
  const rank = (share: number) => {
    const target = Math.ceil(count * share);
    let seen = 0;
    for (const r of rows) if ((seen += r.n) >= target) return r.minutes;
    return null;
  };
  return { count, medianMinutes: rank(0.5), p90Minutes: rank(0.9) };
}

export async function fairSupportMetrics(db: Pick<RawDb, 'all'>, from: string, to: string): Promise<SupportMetrics> {
  const params = [bound(from), bound(to, 1)];
  const [{ inPeriod, all } = { inPeriod: 0, all: 0 }] = await db.all<{ inPeriod: number; all: number }>(
    'SELECT (SELECT COUNT(*) FROM support_case WHERE opened_at >= ? AND opened_at < ?) AS inPeriod, (SELECT COUNT(*) FROM support_case) AS "all"',
    params,
  );
  const wide = inPeriod * 8 > all;
  const cases = wide ? 'support_case c NOT INDEXED' : 'support_case c';
  const clocks = wide ? 'case_tier_clock k CROSS JOIN support_case c ON c.id = k.case_id' : 'support_case c JOIN case_tier_clock k ON k.case_id = c.id';
  const period = 'c.opened_at >= ? AND c.opened_at < ?';

  // Counts per region: per-unit totals joined to the tree once, not each case.
  const regions = await db.all<{ regionId: number | null; name: string | null; code: string | null; opened: number; resolved: number; local: number; breaches: number }>(
    `WITH RECURSIVE ${TREE},
     o AS (SELECT c.unit_id AS unit_id, COUNT(*) AS opened, SUM(c.state = 'resolved') AS resolved, SUM(c.resolved_tier = 'chapter') AS local
           FROM ${cases} WHERE ${period} GROUP BY c.unit_id),
     b AS (SELECT c.unit_id AS unit_id, SUM(k.response_breached + k.resolution_breached) AS breaches FROM ${clocks} WHERE ${period} GROUP BY c.unit_id),
     per AS (SELECT tree.region_id AS region_id, SUM(o.opened) AS opened, SUM(o.resolved) AS resolved, SUM(o.local) AS local, 0 AS breaches
             FROM o JOIN tree ON tree.id = o.unit_id GROUP BY tree.region_id
             UNION ALL SELECT tree.region_id, 0, 0, 0, SUM(b.breaches) FROM b JOIN tree ON tree.id = b.unit_id GROUP BY tree.region_id),
     shown AS (SELECT u.id AS region_id FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 1 AND u.archived = 0
               UNION SELECT region_id FROM per)
     SELECT s.region_id AS regionId, u.name AS name, u.code AS code, COALESCE(SUM(p.opened), 0) AS opened, COALESCE(SUM(p.resolved), 0) AS resolved,
            COALESCE(SUM(p.local), 0) AS local, COALESCE(SUM(p.breaches), 0) AS breaches
     FROM shown s LEFT JOIN per p ON p.region_id IS s.region_id LEFT JOIN unit u ON u.id = s.region_id
     GROUP BY s.region_id ORDER BY s.region_id IS NULL, u.code`,
    [...params, ...params],
  );
  const topProblems = await db.all<SupportMetrics['topProblems'][number]>(
    `SELECT t.problemId AS problemId, p.title_nb AS titleNb, p.title_en AS titleEn, t.cases AS cases
     FROM (SELECT c.problem_id AS problemId, COUNT(*) AS cases FROM ${cases} WHERE ${period} GROUP BY c.problem_id) t
     LEFT JOIN problem p ON p.id = t.problemId ORDER BY t.cases DESC, t.problemId IS NULL, t.problemId LIMIT 10`,
    params,
  );
  const tiers = await db.all<{ tier: SupportTier; cases: number; responseBreaches: number; resolutionBreaches: number }>(
    `SELECT k.tier AS tier, COUNT(*) AS cases, SUM(k.response_breached) AS responseBreaches, SUM(k.resolution_breached) AS resolutionBreaches
     FROM ${clocks} WHERE ${period} GROUP BY k.tier`,
    params,
  );
  const responses = await db.all<{ tier: SupportTier; minutes: number; n: number }>(
    `SELECT k.tier AS tier, k.response_minutes AS minutes, COUNT(*) AS n FROM ${clocks}
     WHERE ${period} AND k.response_minutes IS NOT NULL GROUP BY k.tier, k.response_minutes ORDER BY k.tier, k.response_minutes`,
    params,
  );
  const resolutions = await db.all<{ minutes: number; n: number }>(
    `SELECT minutes, COUNT(*) AS n FROM (SELECT SUM(k.held_minutes) AS minutes FROM ${clocks} WHERE ${period} AND c.state = 'resolved' GROUP BY k.case_id)
     GROUP BY minutes ORDER BY minutes`,
    params,
  );
  const opened = regions.reduce((n, r) => n + r.opened, 0);
  const resolved = regions.reduce((n, r) => n + r.resolved, 0);
  const local = regions.reduce((n, r) => n + r.local, 0);
  const byTier = TIERS.map((tier) => {
    const t = tiers.find((x) => x.tier === tier);
    return {
      tier, cases: t?.cases ?? 0, responseBreaches: t?.responseBreaches ?? 0, resolutionBreaches: t?.resolutionBreaches ?? 0,
      firstResponse: fromHistogram(responses.filter((r) => r.tier === tier)),
    };
  });
  return {
    from, to, opened, resolved,
    solvedLocallyShare: resolved === 0 ? null : local / resolved,
    firstResponse: byTier[0]?.firstResponse ?? fromHistogram([]),
    resolution: fromHistogram(resolutions),
    topProblems,
    byTier,
    byRegion: regions.map(({ local: l, code: _code, ...r }) => ({ ...r, solvedLocallyShare: r.resolved === 0 ? null : l / r.resolved })),
  };
}
