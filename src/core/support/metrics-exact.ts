// Support metrics computed from the cases and their per-tier clocks: the exact
// method, kept as the reference the daily rollups are checked against (tests and
// bench), and for the percentiles of short periods (metrics.ts). Medians and p90s
// come from histograms of whole minutes (one GROUP BY), so hundreds of thousands
// of cases never travel to JavaScript one row at a time.
import type { EntityManager } from 'typeorm';
import type { SupportMetrics } from '../../shared/types-support';
import { dialectOf, jsonIds } from '../db/sql';
import { addDays } from '../ownership/dates';
import { assembleMetrics, metricsScope, osloMidnight, TOP_PROBLEMS, type MetricsInput, type MetricsParts } from './metrics';

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


/** Where the period's cases are, as SQL on `c` (support_case), with its parameters. */
function periodOf(em: EntityManager, input: MetricsInput, scope: number[] | null): { where: string; params: unknown[] } {
  const where = `c.opened_at >= ? AND c.opened_at < ?${scope ? ` AND c.unit_id IN ${jsonIds(dialectOf(em))}` : ''}`;
  return { where, params: [osloMidnight(input.from), osloMidnight(addDays(input.to, 1)), ...(scope ? [JSON.stringify(scope)] : [])] };
}

/** The exact histograms of first response (per tier) and resolution minutes over the period's cases. */
export async function exactHistograms(em: EntityManager, input: MetricsInput, scope: number[] | null): Promise<Pick<MetricsParts, 'responses' | 'resolutions'>> {
  const { where, params } = periodOf(em, input, scope);
  const plan = await accessPlan(em, params[0] as string, params[1] as string);
  const responses: MetricsParts['responses'] = await em.query(
    `SELECT k.tier AS tier, k.response_minutes AS minutes, COUNT(*) AS n
     ${plan.clocks} WHERE ${where} AND k.response_minutes IS NOT NULL
     GROUP BY k.tier, k.response_minutes ORDER BY k.tier, k.response_minutes`,
    params,
  );
  // Resolution time: the minutes every tier held the case, summed.
  const resolutions: MetricsParts['resolutions'] = await em.query(
    `SELECT minutes, COUNT(*) AS n FROM (
       SELECT SUM(k.held_minutes) AS minutes ${plan.clocks}
       WHERE ${where} AND c.state = 'resolved' GROUP BY k.case_id
     ) m GROUP BY minutes ORDER BY minutes`,
    params,
  );
  return { responses, resolutions };
}

/** support.metrics from the cases and clocks themselves. */
export async function supportMetricsFromCases(em: EntityManager, input: MetricsInput): Promise<SupportMetrics> {
  const ctx = await metricsScope(em, input);
  const { where, params } = periodOf(em, input, ctx.scope);
  const plan = await accessPlan(em, params[0] as string, params[1] as string);
  const byUnit: MetricsParts['byUnit'] = await em.query(
    `SELECT c.unit_id AS "unitId", COUNT(*) AS opened, SUM(CASE WHEN c.state = 'resolved' THEN 1 ELSE 0 END) AS resolved,
            SUM(CASE WHEN c.resolved_tier = 'chapter' THEN 1 ELSE 0 END) AS local
     ${plan.cases} WHERE ${where} GROUP BY c.unit_id`,
    params,
  );
  const topProblems: MetricsParts['topProblems'] = await em.query(
    `SELECT t."problemId" AS "problemId", p.title_nb AS "titleNb", p.title_en AS "titleEn", t.cases AS cases
     FROM (SELECT c.problem_id AS "problemId", COUNT(*) AS cases ${plan.cases} WHERE ${where}
           GROUP BY c.problem_id ORDER BY COUNT(*) DESC, CASE WHEN c.problem_id IS NULL THEN 1 ELSE 0 END, c.problem_id LIMIT ${TOP_PROBLEMS}) t
     LEFT JOIN problem p ON p.id = t."problemId"
     ORDER BY t.cases DESC, CASE WHEN t."problemId" IS NULL THEN 1 ELSE 0 END, t."problemId"`,
    params,
  );
  const clocks: MetricsParts['clocks'] = await em.query(
    `SELECT c.unit_id AS "unitId", k.tier AS tier, COUNT(*) AS cases,
            SUM(CASE WHEN k.response_breached THEN 1 ELSE 0 END) AS "responseBreaches",
            SUM(CASE WHEN k.resolution_breached THEN 1 ELSE 0 END) AS "resolutionBreaches"
     ${plan.clocks} WHERE ${where} GROUP BY c.unit_id, k.tier`,
    params,
  );
  return assembleMetrics(input, ctx, { byUnit, topProblems, clocks, ...(await exactHistograms(em, input, ctx.scope)) });
}
