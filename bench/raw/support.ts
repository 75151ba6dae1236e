// What `support.metrics` returns, computed by hand in raw SQL, left to
// SQLite's planner: per-unit totals rolled up to regions from a recursive walk
// of the tree, medians and p90s by nearest rank with window functions
// (ROW_NUMBER over the sorted values, the row at ceil(n/2) and ceil(9n/10)).
// JS only assembles the figures.
import { TZDate } from '@date-fns/tz';
import type { DurationStats, SupportMetrics, SupportTier } from '../../src/shared/types-support';
import type { RawDb } from '../support/raw-sqlite';
import { quoteCamel, rewrite } from './coverage-pg';
import { TREE } from './rollout';

const TIERS: SupportTier[] = ['chapter', 'region', 'national', 'vendor'];


/** Oslo midnight at the start of a date, in the stored UTC format. */
function bound(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + plusDays, 0, 0, 'Europe/Oslo').getTime()).toISOString().replace('T', ' ').replace('Z', '');
}

/** Nearest-rank median and p90 of `value` over `source`, per `grp`. */
const percentiles = (source: string) => `
  SELECT grp, n, MAX(CASE WHEN rn = (n + 1) / 2 THEN value END) AS median, MAX(CASE WHEN rn = (9 * n + 9) / 10 THEN value END) AS p90
  FROM (SELECT grp, value, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY value) AS rn, COUNT(*) OVER (PARTITION BY grp) AS n FROM (${source}))
  GROUP BY grp`;

/**
 * The same statements in PostgreSQL's dialect: counts of a condition as SUM(CASE …),
 * booleans cast to integers before they are added, IS NOT DISTINCT FROM for SQLite's
 * IS, subqueries named, camelCase aliases quoted.
 */
const translated = new Map<string, string>();
function forPostgres(sql: string): string {
  const known = translated.get(sql);
  if (known !== undefined) return known;
  const fragments: Array<readonly [string, string]> = [
    ["SUM(c.state = 'resolved')", "SUM(CASE WHEN c.state = 'resolved' THEN 1 ELSE 0 END)"],
    ['SUM(k.response_breached + k.resolution_breached)', 'SUM(CAST(k.response_breached AS INTEGER) + CAST(k.resolution_breached AS INTEGER))'],
    ['SUM(k.response_breached)', 'SUM(CAST(k.response_breached AS INTEGER))'],
    ['SUM(k.resolution_breached)', 'SUM(CAST(k.resolution_breached AS INTEGER))'],
    ['o.region_id IS s.region_id', 'o.region_id IS NOT DISTINCT FROM s.region_id'],
    ['b.region_id IS s.region_id', 'b.region_id IS NOT DISTINCT FROM s.region_id'],
    ['u.archived = 0', 'u.archived = FALSE'],
  ];
  let out = sql;
  for (const [from, to] of fragments) if (out.includes(from)) out = out.split(from).join(to);
  if (out.includes('ROW_NUMBER()')) out = rewrite(out, [[/\)\)\n {2}GROUP BY grp/g, ') src) ranked\n  GROUP BY grp, n']]);
  const done = quoteCamel(out);
  translated.set(sql, done);
  return done;
}

interface Stats { grp: string; n: number; median: number; p90: number }
const stats = (s: Stats | undefined): DurationStats =>
  s ? { count: s.n, medianMinutes: s.median, p90Minutes: s.p90 } : { count: 0, medianMinutes: null, p90Minutes: null };

/** On PostgreSQL pass a pg connection (raw-pg.ts, which reads the same way) and 'postgres'. */
export async function rawSupportMetrics(
  raw: Pick<RawDb, 'all'>, from: string, to: string, regionId: number | null, dialect: 'sqlite' | 'postgres' = 'sqlite',
): Promise<SupportMetrics> {
  const db = dialect === 'sqlite' ? raw : { all: <T>(sql: string, params?: unknown[]) => raw.all<T>(forPostgres(sql), params) };
  // The cases of the period (and region). Regions are joined to per-unit totals, not to each case.
  const inRegion = regionId === null ? '' : `AND c.unit_id IN (WITH RECURSIVE ${TREE} SELECT id FROM tree WHERE region_id = ?)`;
  const period = `c.opened_at >= ? AND c.opened_at < ? ${inRegion}`;
  const params = [bound(from), bound(to, 1), ...(regionId === null ? [] : [regionId])];

  const regions = await db.all<{ regionId: number | null; name: string | null; opened: number; resolved: number; local: number; breaches: number }>(
    `WITH RECURSIVE ${TREE},
     opened AS (SELECT tree.region_id AS region_id, SUM(o.opened) AS opened, SUM(o.resolved) AS resolved, SUM(o.local) AS local
                FROM (SELECT c.unit_id, COUNT(*) AS opened, SUM(c.state = 'resolved') AS resolved,
                             SUM(CASE WHEN c.resolved_tier = 'chapter' THEN 1 ELSE 0 END) AS local
                      FROM support_case c WHERE ${period} GROUP BY c.unit_id) o
                JOIN tree ON tree.id = o.unit_id GROUP BY tree.region_id),
     breaches AS (SELECT tree.region_id AS region_id, SUM(b.breaches) AS breaches
                  FROM (SELECT c.unit_id, SUM(k.response_breached + k.resolution_breached) AS breaches
                        FROM case_tier_clock k JOIN support_case c ON c.id = k.case_id WHERE ${period} GROUP BY c.unit_id) b
                  JOIN tree ON tree.id = b.unit_id GROUP BY tree.region_id),
     shown AS (SELECT u.id AS region_id, u.name AS name, u.code AS code FROM unit u JOIN level l ON l.id = u.level_id
               WHERE l.rank = 1 AND u.archived = 0 ${regionId === null ? '' : 'AND u.id = ?'}
               UNION SELECT o.region_id, u.name, COALESCE(u.code, '~') FROM opened o LEFT JOIN unit u ON u.id = o.region_id)
     SELECT s.region_id AS regionId, s.name AS name, COALESCE(o.opened, 0) AS opened, COALESCE(o.resolved, 0) AS resolved,
            COALESCE(o.local, 0) AS local, COALESCE(b.breaches, 0) AS breaches
     FROM shown s LEFT JOIN opened o ON o.region_id IS s.region_id LEFT JOIN breaches b ON b.region_id IS s.region_id
     ORDER BY s.region_id IS NULL, s.code`,
    [...params, ...params, ...(regionId === null ? [] : [regionId])],
  );
  const topProblems = await db.all<SupportMetrics['topProblems'][number]>(
    `SELECT t.problemId AS problemId, p.title_nb AS titleNb, p.title_en AS titleEn, t.cases AS cases
     FROM (SELECT c.problem_id AS problemId, COUNT(*) AS cases FROM support_case c WHERE ${period} GROUP BY c.problem_id) t
     LEFT JOIN problem p ON p.id = t.problemId
     ORDER BY t.cases DESC, t.problemId IS NULL, t.problemId LIMIT 10`,
    params,
  );
  const clocks = `FROM case_tier_clock k JOIN support_case c ON c.id = k.case_id WHERE ${period}`;
  const tiers = await db.all<{ tier: SupportTier; cases: number; responseBreaches: number; resolutionBreaches: number }>(
    `SELECT k.tier AS tier, COUNT(*) AS cases, SUM(k.response_breached) AS responseBreaches, SUM(k.resolution_breached) AS resolutionBreaches
     ${clocks} GROUP BY k.tier`,
    params,
  );
  const responses = await db.all<Stats>(
    percentiles(`SELECT k.tier AS grp, k.response_minutes AS value ${clocks} AND k.response_minutes IS NOT NULL`),
    params,
  );
  const [resolution] = await db.all<Stats>(
    percentiles(`SELECT 'all' AS grp, SUM(k.held_minutes) AS value ${clocks} AND c.state = 'resolved' GROUP BY k.case_id`),
    params,
  );

  const opened = regions.reduce((n, r) => n + r.opened, 0);
  const resolved = regions.reduce((n, r) => n + r.resolved, 0);
  const local = regions.reduce((n, r) => n + r.local, 0);
  const byTier = TIERS.map((tier) => {
    const t = tiers.find((x) => x.tier === tier);
    return {
      tier,
      cases: t?.cases ?? 0,
      responseBreaches: t?.responseBreaches ?? 0,
      resolutionBreaches: t?.resolutionBreaches ?? 0,
      firstResponse: stats(responses.find((r) => r.grp === tier)),
    };
  });
  return {
    from,
    to,
    opened,
    resolved,
    solvedLocallyShare: resolved === 0 ? null : local / resolved,
    firstResponse: stats(responses.find((r) => r.grp === 'chapter')),
    resolution: stats(resolution),
    topProblems,
    byTier,
    byRegion: regions.map(({ local: l, ...r }) => ({ ...r, solvedLocallyShare: r.resolved === 0 ? null : l / r.resolved })),
  };
}
