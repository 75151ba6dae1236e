// Support metrics for a period: plain SQL aggregates over support_case and the
// per-tier clocks kept up to date at every event. Medians and p90s come from
// histograms (one GROUP BY over whole minutes), so hundreds of thousands of
// cases never travel to JavaScript one row at a time.
import { inScope, visibleUnits } from '../call-context';
import { TZDate } from '@date-fns/tz';
import type { EntityManager } from 'typeorm';
import type { DurationStats, SupportMetrics, SupportTier } from '../../shared/types-support';
import { SUPPORT_TIERS } from '../../shared/types-support';
import { dialectOf, jsonIds } from '../db/sql';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { addDays, ORG_TIME_ZONE } from '../ownership/dates';
import { toStored } from './cases-policy';
import { regionUnitIds } from './cases-regions';

export interface MetricsInput {
  /** Cases opened from this Oslo date ... */
  from: string;
  /** ... to this one, inclusive. */
  to: string;
  regionId: number | null;
}

const TOP_PROBLEMS = 10;

/** Midnight in Oslo at the start of a YYYY-MM-DD date, as stored. */
export function osloMidnight(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return toStored(new Date(new TZDate(y, m - 1, d, 0, 0, ORG_TIME_ZONE).getTime()));
}

/**
 * Median and p90 by nearest rank (the smallest value with at least 50% / 90%
 * of the values at or below it), from (value, count) pairs sorted by value.
 */
export function durationStats(histogram: ReadonlyArray<{ minutes: number; n: number }>): DurationStats {
  const count = histogram.reduce((sum, h) => sum + h.n, 0);
  if (count === 0) return { count: 0, medianMinutes: null, p90Minutes: null };
  const medianRank = Math.ceil(count / 2);
  const p90Rank = Math.ceil((count * 9) / 10);
  let seen = 0;
  let medianMinutes: number | null = null;
  let p90Minutes: number | null = null;
  for (const { minutes, n } of histogram) {
    seen += n;
    if (medianMinutes === null && seen >= medianRank) medianMinutes = minutes;
    if (seen >= p90Rank) {
      p90Minutes = minutes;
      break;
    }
  }
  return { count, medianMinutes, p90Minutes };
}

/**
 * How to reach the period's cases. A short period: through the opened_at
 * index, then each case's clocks by case id. A long one: every row in storage
 * order (clocks first, each case by its primary key), because fetching most of
 * the table through the index jumps around the file and costs several times
 * more (4x at 500,000 cases over two years). NOT INDEXED and CROSS JOIN are
 * SQLite's planner hints; PostgreSQL's planner makes that choice itself.
 */
async function accessPlan(em: EntityManager, from: string, to: string): Promise<{ cases: string; clocks: string }> {
  const narrow = { cases: 'FROM support_case c', clocks: 'FROM support_case c JOIN case_tier_clock k ON k.case_id = c.id' };
  if (dialectOf(em) === 'postgres') return narrow;
  const [counts]: Array<{ inPeriod: number; all: number }> = await em.query(
    `SELECT (SELECT COUNT(*) FROM support_case WHERE opened_at >= ? AND opened_at < ?) AS "inPeriod",
            (SELECT COUNT(*) FROM support_case) AS "all"`,
    [from, to],
  );
  const wide = counts !== undefined && counts.inPeriod * 8 > counts.all;
  return wide
    ? { cases: 'FROM support_case c NOT INDEXED', clocks: 'FROM case_tier_clock k CROSS JOIN support_case c ON c.id = k.case_id' }
    : narrow;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export async function supportMetrics(em: EntityManager, input: MetricsInput): Promise<SupportMetrics> {
  const units = await loadFlatUnits(em);
  const regionOf = regionResolver(units);
  // A signed-in user's figures cover the units in their reach (and of those, the region asked for).
  const scope = inScope(input.regionId === null ? undefined : regionUnitIds(units, input.regionId)) ?? null;
  const reachedRegions = visibleUnits() && scope ? new Set(scope.map((id) => regionOf(id)?.id)) : null;
  const where = `c.opened_at >= ? AND c.opened_at < ?${scope ? ` AND c.unit_id IN ${jsonIds(dialectOf(em))}` : ''}`;
  const params = [osloMidnight(input.from), osloMidnight(addDays(input.to, 1)), ...(scope ? [JSON.stringify(scope)] : [])];
  const plan = await accessPlan(em, params[0] as string, params[1] as string);

  const byUnit: Array<{ unitId: number; opened: number; resolved: number; local: number }> = await em.query(
    `SELECT c.unit_id AS "unitId", COUNT(*) AS opened, SUM(CASE WHEN c.state = 'resolved' THEN 1 ELSE 0 END) AS resolved,
            SUM(CASE WHEN c.resolved_tier = 'chapter' THEN 1 ELSE 0 END) AS local
     ${plan.cases} WHERE ${where} GROUP BY c.unit_id`,
    params,
  );
  const topProblems: SupportMetrics['topProblems'] = await em.query(
    `SELECT t."problemId" AS "problemId", p.title_nb AS "titleNb", p.title_en AS "titleEn", t.cases AS cases
     FROM (SELECT c.problem_id AS "problemId", COUNT(*) AS cases ${plan.cases} WHERE ${where}
           GROUP BY c.problem_id ORDER BY COUNT(*) DESC, CASE WHEN c.problem_id IS NULL THEN 1 ELSE 0 END, c.problem_id LIMIT ${TOP_PROBLEMS}) t
     LEFT JOIN problem p ON p.id = t."problemId"
     ORDER BY t.cases DESC, CASE WHEN t."problemId" IS NULL THEN 1 ELSE 0 END, t."problemId"`,
    params,
  );
  const clocks: Array<{ unitId: number; tier: SupportTier; cases: number; responseBreaches: number; resolutionBreaches: number }> = await em.query(
    `SELECT c.unit_id AS "unitId", k.tier AS tier, COUNT(*) AS cases,
            SUM(CASE WHEN k.response_breached THEN 1 ELSE 0 END) AS "responseBreaches",
            SUM(CASE WHEN k.resolution_breached THEN 1 ELSE 0 END) AS "resolutionBreaches"
     ${plan.clocks} WHERE ${where} GROUP BY c.unit_id, k.tier`,
    params,
  );
  const responses: Array<{ tier: SupportTier; minutes: number; n: number }> = await em.query(
    `SELECT k.tier AS tier, k.response_minutes AS minutes, COUNT(*) AS n
     ${plan.clocks} WHERE ${where} AND k.response_minutes IS NOT NULL
     GROUP BY k.tier, k.response_minutes ORDER BY k.tier, k.response_minutes`,
    params,
  );
  // Resolution time: the minutes every tier held the case, summed.
  const resolutions: Array<{ minutes: number; n: number }> = await em.query(
    `SELECT minutes, COUNT(*) AS n FROM (
       SELECT SUM(k.held_minutes) AS minutes ${plan.clocks}
       WHERE ${where} AND c.state = 'resolved' GROUP BY k.case_id
     ) m GROUP BY minutes ORDER BY minutes`,
    params,
  );

  const tiers = SUPPORT_TIERS.map((tier) => {
    const rows = clocks.filter((k) => k.tier === tier);
    return {
      tier,
      cases: rows.reduce((n, k) => n + k.cases, 0),
      responseBreaches: rows.reduce((n, k) => n + k.responseBreaches, 0),
      resolutionBreaches: rows.reduce((n, k) => n + k.resolutionBreaches, 0),
      firstResponse: durationStats(responses.filter((r) => r.tier === tier)),
    };
  });

  type RegionTally = SupportMetrics['byRegion'][number] & { local: number; code: string };
  const regions = new Map<number | null, RegionTally>();
  const tally = (unitId: number): RegionTally => {
    const region = regionOf(unitId);
    const key = region?.id ?? null;
    let t = regions.get(key);
    if (!t) regions.set(key, (t = { regionId: key, name: region?.name ?? null, code: region?.code ?? '', opened: 0, resolved: 0, local: 0, solvedLocallyShare: null, breaches: 0 }));
    return t;
  };
  // Every active region shows, even without cases.
  for (const u of units) if (u.levelRank === 1 && !u.archived && (input.regionId === null || u.id === input.regionId) && (!reachedRegions || reachedRegions.has(u.id))) tally(u.id);
  for (const u of byUnit) {
    const t = tally(u.unitId);
    t.opened += u.opened;
    t.resolved += u.resolved;
    t.local += u.local;
  }
  for (const k of clocks) tally(k.unitId).breaches += k.responseBreaches + k.resolutionBreaches;

  const opened = byUnit.reduce((n, u) => n + u.opened, 0);
  const resolved = byUnit.reduce((n, u) => n + u.resolved, 0);
  const local = byUnit.reduce((n, u) => n + u.local, 0);
  return {
    from: input.from,
    to: input.to,
    opened,
    resolved,
    solvedLocallyShare: share(local, resolved),
    firstResponse: tiers[0]?.firstResponse ?? durationStats([]),
    resolution: durationStats(resolutions),
    topProblems,
    byTier: tiers,
    byRegion: [...regions.values()]
      // By region code; cases at units outside any region (the national office) last.
      .sort((a, b) => Number(a.regionId === null) - Number(b.regionId === null) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map(({ local: l, code: _code, ...r }) => ({ ...r, solvedLocallyShare: share(l, r.resolved) })),
  };
}
