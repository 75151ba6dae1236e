// The region status report's tables, computed by hand: the national tables'
// statements (raw/report-status.ts), grouped by unit instead of by region and
// kept to one region. Rollout and training reuse the dashboard's own CTEs
// (raw/rollout.ts) up to where they group by region; the gaps are the gap
// list's unfilled slots (raw/coverage.ts) tallied by unit and role; support is
// the national support statement's per-unit CTEs. A row per active unit of the
// region (the region itself first, then by code) and the region as a whole as
// the totals row: people counted once, archived units' cases included.
import { addDays } from '../../src/core/ownership/dates';
import type { TrainingFigures } from '../../src/shared/types-rollout';
import type { RawDb } from '../support/raw-sqlite';
import { rawGapReport } from './coverage';
import {
  noSupport, periodBounds, rawStatusTables, statusCatalog, SUPPORT_CTES, tallyGaps,
  type RawFigures, type RawStatusSettings, type RawTable, type ReportLabel, type SupportRow,
} from './report-status';
import { cutoff, STATUS_SQL, TRAINING_SQL } from './rollout';

/** The part of `sql` before `marker`: a statement's WITH clause, to group its CTEs another way. */
function before(sql: string, marker: string): string {
  const at = sql.indexOf(marker);
  if (at < 0) throw new Error(`not in the statement: ${marker}`);
  return sql.slice(0, at);
}

/** The part of `sql` from `marker` on: its final SELECT. */
function from(sql: string, marker: string): string {
  const at = sql.indexOf(marker);
  if (at < 0) throw new Error(`not in the statement: ${marker}`);
  return sql.slice(at);
}

// Each active unit's status in the region ?6, and whether its live stage ?7 is done.
const ROLLOUT_SQL = `${before(STATUS_SQL, '\nSELECT t.region_id')}
SELECT s.unit_id AS unitId, s.bucket AS bucket, s.ready AS ready, s.done AS done, s.late AS late, s.blocked AS blocked,
       (s.blocked OR (s.wave_end IS NOT NULL AND s.wave_end <= ?2 AND s.done * 100 < ?3 * s.total)) AS atRisk,
       lp.unit_id IS NOT NULL AS live
FROM unit_bucket s JOIN tree t ON t.id = s.unit_id
LEFT JOIN stage_progress lp ON lp.unit_id = s.unit_id AND lp.stage_id = ?7 AND lp.state = 'done'
WHERE t.region_id = ?6`;

// Distinct holders per unit of the region ?7, and in the whole region (g = 0); facts per person as the dashboard's.
const TRAINING_UNIT_SQL = `${before(TRAINING_SQL, 'per AS (')}per AS (
  SELECT c.u AS g, c.p AS p, MAX(c.r = ?6) AS su FROM cur c JOIN tree t ON t.id = c.u WHERE t.region_id = ?7 GROUP BY 1, 2
  UNION ALL
  SELECT 0, c.p, MAX(c.r = ?6) FROM cur c JOIN tree t ON t.id = c.u WHERE t.region_id = ?7 GROUP BY c.p
)${from(TRAINING_SQL, '\nSELECT per.g')}`;

// Support per unit of the region ?3, archived units too (they count in the total).
const SUPPORT_UNIT_SQL = `${SUPPORT_CTES}
SELECT p.unit_id AS g, p.open_now AS openNow, p.opened AS opened, p.resolved AS resolved, p.local AS local,
       COALESCE(b.breaches, 0) AS breaches
FROM per_unit p JOIN tree t ON t.id = p.unit_id LEFT JOIN breach b ON b.unit_id = p.unit_id
WHERE t.region_id = ?3`;

// The region's active units, the region itself first, then by code.
const UNITS_SQL = `
WITH RECURSIVE sub(id) AS (SELECT ?1 UNION ALL SELECT c.id FROM unit c JOIN sub ON c.parent_id = sub.id)
SELECT u.id AS id, u.code AS code, u.name AS name FROM sub JOIN unit u ON u.id = sub.id
WHERE u.archived = 0 ORDER BY u.id = ?1 DESC, u.code`;


/**
 * The latest session date that is no longer valid today (valid iff date > cut-off), in date-fns month
 * arithmetic: the same cut-off raw/rollout.ts passes to TRAINING_SQL.
 */
interface UnitStatusRow { unitId: number; bucket: number; ready: number; done: number; late: number; blocked: number; atRisk: number; live: number }

const noTraining = (): TrainingFigures => ({
  holders: 0, basicValid: 0, basicShare: null, superUsers: 0, superUsersAdvanced: 0, refresherOverdue: 0, newcomers: 0, newcomersUntrained: 0,
});

/** The four tables of a region's status, a row per active unit in it and the region as totals. */
export async function rawRegionTables(
  db: RawDb, regionCode: string, today: string, period: { from: string; to: string }, settings: RawStatusSettings, label: ReportLabel,
): Promise<RawTable[]> {
  const [region] = await db.all<{ id: number; name: string }>('SELECT id, name FROM unit WHERE code = ?', [regionCode]);
  if (!region) throw new Error(`no region ${regionCode}`);
  const catalog = await statusCatalog(db);
  const stageCount = catalog.stages.length;
  const units = await db.all<{ id: number; code: string; name: string }>(UNITS_SQL, [region.id]);

  const types = new Map((await db.all<{ key: string; v: number | null }>(
    "SELECT key, validity_months AS v FROM training_type WHERE key IN ('basic', 'advanced')",
  )).map((t) => [t.key, t.v]));
  const statuses = await db.all<UnitStatusRow>(ROLLOUT_SQL, [
    today, addDays(today, settings.atRiskDays), settings.atRiskPercent, cutoff(today, types.get('basic') ?? null),
    settings.basicTrainingPercent, region.id, catalog.live?.id ?? -1,
  ]);
  const [su] = await db.all<{ id: number }>("SELECT id FROM role WHERE key = 'super_user'");
  const training = new Map((await db.all<TrainingFigures & { g: number }>(TRAINING_UNIT_SQL, [
    today, cutoff(today, types.get('basic') ?? null), cutoff(today, types.get('advanced') ?? null), cutoff(today, 12),
    addDays(today, -settings.newcomerDays), su?.id ?? -1, region.id,
  ])).map(({ g, ...f }) => [g, f]));
  const gapReport = await rawGapReport(db, today, settings.expiryDays);
  const inRegion = gapReport.rows.filter((row) => row.regionId === region.id);
  const gaps = tallyGaps(inRegion, (row) => row.unitId, (row) => row.roleId);
  const allGaps = tallyGaps(inRegion, () => 0, (row) => row.roleId).get(0);
  const support = await db.all<SupportRow>(SUPPORT_UNIT_SQL, [...periodBounds(period), region.id]);
  const supportBy = new Map(support.map((s) => [s.g, s]));

  const empty = (): RawFigures => ({
    units: 0, positions: Array.from({ length: stageCount + 2 }, () => 0), ready: 0, live: 0, shareDone: 0, late: 0, blocked: 0, atRisk: 0,
    gaps: [], training: noTraining(), support: noSupport(0),
  });
  const byUnit = new Map<number, RawFigures>();
  const total = empty();
  let done = 0;
  for (const s of statuses) {
    const f = empty();
    byUnit.set(s.unitId, f);
    for (const into of [f, total]) {
      into.units += 1;
      into.positions[s.bucket] = (into.positions[s.bucket] ?? 0) + 1;
      into.ready += s.ready;
      into.live += s.live;
      into.late += s.late;
      into.blocked += s.blocked;
      into.atRisk += s.atRisk;
    }
    f.shareDone = stageCount === 0 ? 0 : s.done / stageCount;
    done += s.done;
  }
  total.shareDone = total.units * stageCount === 0 ? 0 : done / (total.units * stageCount);
  total.gaps = catalog.roles.map((role) => allGaps?.get(role.id) ?? 0);
  total.training = training.get(0) ?? noTraining();
  for (const s of support) for (const key of ['openNow', 'opened', 'resolved', 'local', 'breaches'] as const) total.support[key] += s[key];

  const rows = units.map(({ id, code, name }) => {
    const f = byUnit.get(id) ?? empty();
    f.gaps = catalog.roles.map((role) => gaps.get(id)?.get(role.id) ?? 0);
    f.training = training.get(id) ?? noTraining();
    f.support = supportBy.get(id) ?? noSupport(id);
    return { code, name, f };
  });
  return rawStatusTables(catalog, label, 'unit', rows, { code: null, name: label('region.total', { region: region.name }), f: total });
}
