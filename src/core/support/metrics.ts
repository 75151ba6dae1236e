// Support metrics for a period, read from the daily rollups (support_day and its
// histogram and problem tables, kept up to date at every case write by
// figures-store.ts): a period reads days, not cases. Counts, shares and breaches
// are exact; medians and p90s come from the fixed-width buckets (figures.ts
// BUCKET_MINUTES, within half a bucket), except for short periods, whose
// percentiles are counted exactly from the cases (metrics-exact.ts).
import { inScope, visibleUnits } from '../call-context';
import { TZDate } from '@date-fns/tz';
import type { EntityManager } from 'typeorm';
import type { DurationStats, SupportMetrics, SupportTier } from '../../shared/types-support';
import { SUPPORT_TIERS } from '../../shared/types-support';
import { dialectOf, jsonIds } from '../db/sql';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { ORG_TIME_ZONE } from '../ownership/dates';
import { toStored } from './cases-policy';
import { regionUnitIds } from './cases-regions';
import { bucketValue } from './figures';
import { exactHistograms } from './metrics-exact';

export interface MetricsInput {
  /** Cases opened from this Oslo date ... */
  from: string;
  /** ... to this one, inclusive. */
  to: string;
  regionId: number | null;
}

export const TOP_PROBLEMS = 10;

/** Periods up to this many days get exact percentiles: few enough cases to count them through the opened_at index. */
const EXACT_DAYS = 31;

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


export interface MetricsParts {
  byUnit: Array<{ unitId: number; opened: number; resolved: number; local: number }>;
  topProblems: SupportMetrics['topProblems'];
  clocks: Array<{ unitId: number; tier: SupportTier; cases: number; responseBreaches: number; resolutionBreaches: number }>;
  responses: Array<{ tier: SupportTier; minutes: number; n: number }>;
  resolutions: Array<{ minutes: number; n: number }>;
}

export interface MetricsScope {
  units: Awaited<ReturnType<typeof loadFlatUnits>>;
  regionOf: ReturnType<typeof regionResolver>;
  /** The units counted, or null for all. */
  scope: number[] | null;
  /** The regions a signed-in user reaches, or null for all. */
  reachedRegions: Set<number | undefined> | null;
}

export async function metricsScope(em: EntityManager, input: MetricsInput): Promise<MetricsScope> {
  const units = await loadFlatUnits(em);
  const regionOf = regionResolver(units);
  // A signed-in user's figures cover the units in their reach (and of those, the region asked for).
  const scope = inScope(input.regionId === null ? undefined : regionUnitIds(units, input.regionId)) ?? null;
  const reachedRegions = visibleUnits() && scope ? new Set(scope.map((id) => regionOf(id)?.id)) : null;
  return { units, regionOf, scope, reachedRegions };
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The answer from its parts, however they were counted. */
export function assembleMetrics(input: MetricsInput, ctx: MetricsScope, parts: MetricsParts): SupportMetrics {
  const { byUnit, topProblems, clocks, responses, resolutions } = parts;
  const { units, regionOf, reachedRegions } = ctx;
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

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

export async function supportMetrics(em: EntityManager, input: MetricsInput): Promise<SupportMetrics> {
  const ctx = await metricsScope(em, input);
  const where = `d.day >= ? AND d.day <= ?${ctx.scope ? ` AND d.unit_id IN ${jsonIds(dialectOf(em))}` : ''}`;
  const params = [input.from, input.to, ...(ctx.scope ? [JSON.stringify(ctx.scope)] : [])];
  const byUnit: MetricsParts['byUnit'] = await em.query(
    `SELECT d.unit_id AS "unitId", SUM(d.opened) AS opened, SUM(d.solved) AS resolved,
            SUM(CASE WHEN d.tier = 'chapter' THEN d.solved ELSE 0 END) AS local
     FROM support_day d WHERE ${where} GROUP BY d.unit_id`,
    params,
  );
  const clocks: MetricsParts['clocks'] = await em.query(
    `SELECT d.unit_id AS "unitId", d.tier AS tier, SUM(d.reached) AS cases,
            SUM(d.response_breaches) AS "responseBreaches", SUM(d.resolution_breaches) AS "resolutionBreaches"
     FROM support_day d WHERE ${where} GROUP BY d.unit_id, d.tier HAVING SUM(d.reached) > 0`,
    params,
  );
  // Problem 0 is «no problem chosen»: it sorts after any problem with as many cases.
  const top: Array<{ problemKey: number; titleNb: string | null; titleEn: string | null; cases: number }> = await em.query(
    `SELECT t.key AS "problemKey", p.title_nb AS "titleNb", p.title_en AS "titleEn", t.cases AS cases
     FROM (SELECT d.problem_key AS key, SUM(d.cases) AS cases FROM support_day_problem d WHERE ${where}
           GROUP BY d.problem_key ORDER BY SUM(d.cases) DESC, CASE WHEN d.problem_key = 0 THEN 1 ELSE 0 END, d.problem_key LIMIT ${TOP_PROBLEMS}) t
     LEFT JOIN problem p ON p.id = t.key
     ORDER BY t.cases DESC, CASE WHEN t.key = 0 THEN 1 ELSE 0 END, t.key`,
    params,
  );
  const topProblems = top.map(({ problemKey, ...p }) => ({ problemId: problemKey === 0 ? null : problemKey, ...p }));
  const histograms = days(input.from, input.to) <= EXACT_DAYS ? await exactHistograms(em, input, ctx.scope) : await bucketHistograms(em, where, params);
  return assembleMetrics(input, ctx, { byUnit, clocks, topProblems, ...histograms });
}

/** The histograms from the rollup buckets, each bucket standing at its middle. */
async function bucketHistograms(em: EntityManager, where: string, params: unknown[]): Promise<Pick<MetricsParts, 'responses' | 'resolutions'>> {
  const rows: Array<{ measure: string; tier: SupportTier; bucket: number; n: number }> = await em.query(
    `SELECT d.measure AS measure, d.tier AS tier, d.bucket AS bucket, SUM(d.n) AS n FROM support_day_minutes d
     WHERE ${where} GROUP BY d.measure, d.tier, d.bucket`,
    params,
  );
  const byMinutes = (a: { minutes: number }, b: { minutes: number }) => a.minutes - b.minutes;
  const responses = rows.filter((r) => r.measure === 'response').map((r) => ({ tier: r.tier, minutes: bucketValue(r.bucket), n: Number(r.n) })).sort(byMinutes);
  // Resolution minutes are kept under the tier that solved the case; the figure is over every tier.
  const merged = new Map<number, number>();
  for (const r of rows) if (r.measure === 'resolution') merged.set(r.bucket, (merged.get(r.bucket) ?? 0) + Number(r.n));
  const resolutions = [...merged].map(([bucket, n]) => ({ minutes: bucketValue(bucket), n })).sort(byMinutes);
  return { responses, resolutions };
}
