// What `rollout.dashboard` (no wave) returns, computed by hand in raw SQL:
// one statement derives every active unit's status (current stage, done
// count, late, blocked, at risk) from the stage x unit grid and rolls it up
// per region and current stage; a second counts distinct role holders per
// region and nationally with their training facts. JS only assembles the
// figures. Month arithmetic follows date-fns (31 January + 1 month = end of
// February), so the validity cut-offs are worked out in JS and passed in.
import { addMonths, format, parseISO, subMonths } from 'date-fns';
import { addDays } from '../../src/core/ownership/dates';
import type { Dashboard, RolloutFigures, TrainingFigures } from '../../src/shared/types-rollout';
import type { RawDb } from '../support/raw-sqlite';
import { quoteCamel } from './coverage-pg';

export interface RawDashboardSettings {
  basicTrainingPercent: number;
  atRiskDays: number;
  atRiskPercent: number;
  newcomerDays: number;
}

/** Every unit with its region (null above the regions); shared by the raw report SQL. */
export const TREE = `
tree(id, region_id) AS (
  SELECT u.id, CASE WHEN l.rank = 1 THEN u.id END FROM unit u JOIN level l ON l.id = u.level_id WHERE u.parent_id IS NULL
  UNION ALL
  SELECT c.id, CASE WHEN l.rank = 1 THEN c.id WHEN l.rank > 1 THEN tree.region_id END
  FROM unit c JOIN tree ON c.parent_id = tree.id JOIN level l ON l.id = c.level_id
)`;

// ?4 is the basic training's validity cut-off, ?5 the share of holders it takes (percent).
export const STATUS_SQL = `
WITH RECURSIVE ${TREE},
st AS (SELECT id, rule, ROW_NUMBER() OVER (ORDER BY sort_order, id) AS n FROM stage),
holder AS (
  SELECT a.unit_id AS unit_id, a.person_id AS person_id, a.role_id AS role_id FROM assignment a
  WHERE a.start_date <= ?1 AND (a.end_date IS NULL OR a.end_date > ?1)
),
su_ok AS (
  SELECT h.unit_id FROM holder h JOIN role r ON r.id = h.role_id AND r.key = 'super_user'
  JOIN unit u ON u.id = h.unit_id JOIN level l ON l.id = u.level_id
  JOIN role_requirement rr ON rr.role_id = r.id AND rr.level_rank = l.rank AND rr.minimum >= 1
  GROUP BY h.unit_id HAVING COUNT(*) >= MAX(rr.minimum)
),
basic AS (
  SELECT DISTINCT t.person_id AS p FROM attendance t JOIN training_session s ON s.id = t.session_id
  JOIN training_type ty ON ty.id = s.type_id WHERE ty.key = 'basic' AND s.date <= ?1 AND s.date > ?4
),
basic_ok AS (
  SELECT h.unit_id FROM (SELECT DISTINCT unit_id, person_id FROM holder) h LEFT JOIN basic b ON b.p = h.person_id
  GROUP BY h.unit_id HAVING COUNT(b.p) * 100 >= ?5 * COUNT(*)
),
cell AS (
  SELECT u.id AS unit_id, st.n AS n, COALESCE(p.state, 'not_started') AS state, wm.wave_id AS wave_id,
         COALESCE(p.planned_date, wsd.planned_date) AS planned, w.planned_end AS wave_end,
         COALESCE(p.state, 'not_started') <> 'done' AND (
           (st.rule = 'super_user_filled' AND u.id IN (SELECT unit_id FROM su_ok))
           OR (st.rule = 'basic_training' AND u.id IN (SELECT unit_id FROM basic_ok))
         ) AS ready
  FROM unit u CROSS JOIN st
  LEFT JOIN wave_member wm ON wm.unit_id = u.id
  LEFT JOIN wave w ON w.id = wm.wave_id
  LEFT JOIN wave_stage_date wsd ON wsd.wave_id = wm.wave_id AND wsd.stage_id = st.id
  LEFT JOIN stage_progress p ON p.unit_id = u.id AND p.stage_id = st.id
  WHERE u.archived = 0
),
unit_status AS (
  SELECT unit_id, MIN(CASE WHEN state <> 'done' THEN n END) AS cur_n, SUM(state = 'done') AS done, COUNT(*) AS total,
         MAX(planned IS NOT NULL AND planned < ?1 AND state <> 'done') AS late, MAX(state = 'blocked') AS blocked,
         MAX(wave_end) AS wave_end, MAX(ready) AS ready,
         MAX(wave_id IS NOT NULL) AS planned, MAX(state <> 'not_started') AS begun
  FROM cell GROUP BY unit_id
),
-- The progress bucket: 0 not planned, 1 not started, 1 + k done through the k-th stage.
unit_bucket AS (
  SELECT s.*, CASE WHEN COALESCE(s.cur_n - 1, s.total) > 0 THEN 1 + COALESCE(s.cur_n - 1, s.total)
                   WHEN s.planned OR s.begun THEN 1 ELSE 0 END AS bucket
  FROM unit_status s
)
SELECT t.region_id AS regionId, s.bucket AS bucket, COUNT(*) AS units, SUM(s.done) AS done, SUM(s.late) AS late,
       SUM(s.blocked) AS blocked, SUM(s.ready) AS ready,
       SUM(s.blocked OR (s.wave_end IS NOT NULL AND s.wave_end <= ?2 AND s.done * 100 < ?3 * s.total)) AS atRisk
FROM unit_bucket s JOIN tree t ON t.id = s.unit_id
GROUP BY t.region_id, s.bucket`;

export const TRAINING_SQL = `
WITH RECURSIVE ${TREE},
cur AS (
  SELECT a.person_id AS p, a.unit_id AS u, a.role_id AS r, a.start_date AS s
  FROM assignment a NOT INDEXED JOIN unit un ON un.id = a.unit_id
  WHERE un.archived = 0 AND a.start_date <= ?1 AND (a.end_date IS NULL OR a.end_date > ?1)
),
first AS (SELECT p, MIN(s) AS s FROM cur GROUP BY p),
att AS (
  SELECT t.person_id AS p,
         MAX(CASE WHEN ty.key = 'basic' THEN s.date END) AS basic,
         MAX(CASE WHEN ty.key IN ('basic', 'refresher') THEN s.date END) AS refresh,
         MAX(CASE WHEN ty.key = 'advanced' THEN s.date END) AS advanced
  FROM attendance t JOIN training_session s ON s.id = t.session_id JOIN training_type ty ON ty.id = s.type_id
  WHERE s.date <= ?1 GROUP BY t.person_id
),
facts AS (
  SELECT f.p AS p,
         COALESCE(att.basic > ?2, 0) AS basic_valid,
         COALESCE(att.advanced > ?3, 0) AS advanced_valid,
         COALESCE(att.refresh, f.s) <= ?4 AS overdue,
         f.s > ?5 AS newcomer,
         att.p IS NULL AS untrained
  FROM first f LEFT JOIN att ON att.p = f.p
),
per AS (
  SELECT t.region_id AS g, c.p AS p, MAX(c.r = ?6) AS su FROM cur c JOIN tree t ON t.id = c.u WHERE t.region_id IS NOT NULL GROUP BY 1, 2
  UNION ALL
  SELECT -1, c.p, MAX(c.r = ?6) FROM cur c JOIN tree t ON t.id = c.u WHERE t.region_id IS NULL GROUP BY c.p
  UNION ALL
  SELECT 0, p, MAX(r = ?6) FROM cur GROUP BY p
)
SELECT per.g AS g, COUNT(*) AS holders, SUM(f.basic_valid) AS basicValid, SUM(per.su) AS superUsers,
       SUM(per.su AND f.advanced_valid) AS superUsersAdvanced, SUM(f.overdue) AS refresherOverdue,
       SUM(f.newcomer) AS newcomers, SUM(f.newcomer AND f.untrained) AS newcomersUntrained
FROM per JOIN facts f ON f.p = per.p GROUP BY per.g`;

const plusMonths = (date: string, months: number) => format(addMonths(parseISO(date), months), 'yyyy-MM-dd');

/** The latest session date that is no longer valid today: valid iff date > cut-off (date-fns month arithmetic). */
/** The earliest completion date still valid today for a validity of `months` (shared with raw/report-region.ts). */
export function cutoff(today: string, months: number | null): string {
  if (months === null) return '0000-00-00';
  let d = format(subMonths(parseISO(today), months), 'yyyy-MM-dd');
  // addMonths clamps month ends, so settle on the last date whose expiry falls on or before today.
  while (plusMonths(addDays(d, 1), months) <= today) d = addDays(d, 1);
  while (plusMonths(d, months) > today) d = addDays(d, -1);
  return d;
}

const zeroTraining = (): TrainingFigures => ({
  holders: 0, basicValid: 0, basicShare: null, superUsers: 0, superUsersAdvanced: 0, refresherOverdue: 0, newcomers: 0, newcomersUntrained: 0,
});

interface StatusRow { bucket: number; units: number; done: number; late: number; blocked: number; ready: number; atRisk: number }

/** Empty buckets: not planned, not started, done through each stage. */
export function rawBuckets(stageIds: readonly number[]): RolloutFigures['positions'] {
  return [
    { kind: 'not_planned', stageId: null, units: 0 },
    { kind: 'not_started', stageId: null, units: 0 },
    ...stageIds.map((stageId) => ({ kind: 'done' as const, stageId, units: 0 })),
  ];
}

function figures(rows: StatusRow[], stageIds: number[]): RolloutFigures {
  const f: RolloutFigures = { units: 0, positions: rawBuckets(stageIds), readyToConfirm: 0, shareDone: 0, late: 0, blocked: 0, atRisk: 0 };
  let done = 0;
  for (const r of rows) {
    f.units += r.units;
    done += r.done;
    f.late += r.late;
    f.blocked += r.blocked;
    f.atRisk += r.atRisk;
    f.readyToConfirm += r.ready;
    const cell = f.positions[r.bucket];
    if (cell) cell.units += r.units;
  }
  f.shareDone = f.units * stageIds.length === 0 ? 0 : done / (f.units * stageIds.length);
  return f;
}

// PostgreSQL's dialect for the statements above: no planner hints, archived a boolean,
// a condition counted or maxed as CASE WHEN … THEN 1 ELSE 0 END, camelCase aliases quoted.
const PG_FRAGMENTS: ReadonlyArray<readonly [string, string]> = [
  [' NOT INDEXED', ''],
  ['archived = 0', 'archived = FALSE'],
  ["SUM(state = 'done')", "SUM(CASE WHEN state = 'done' THEN 1 ELSE 0 END)"],
  ["MAX(planned IS NOT NULL AND planned < ?1 AND state <> 'done')", "MAX(CASE WHEN planned IS NOT NULL AND planned < ?1 AND state <> 'done' THEN 1 ELSE 0 END)"],
  ["MAX(state = 'blocked')", "MAX(CASE WHEN state = 'blocked' THEN 1 ELSE 0 END)"],
  ['MAX(ready) AS ready', 'MAX(CASE WHEN ready THEN 1 ELSE 0 END) AS ready'],
  ['MAX(wave_id IS NOT NULL)', 'MAX(CASE WHEN wave_id IS NOT NULL THEN 1 ELSE 0 END)'],
  ["MAX(state <> 'not_started')", "MAX(CASE WHEN state <> 'not_started' THEN 1 ELSE 0 END)"],
  ['WHEN s.planned OR s.begun THEN 1', 'WHEN s.planned = 1 OR s.begun = 1 THEN 1'],
  ['SUM(s.blocked OR (s.wave_end IS NOT NULL AND s.wave_end <= ?2 AND s.done * 100 < ?3 * s.total))',
    'SUM(CASE WHEN s.blocked = 1 OR (s.wave_end IS NOT NULL AND s.wave_end <= ?2 AND s.done * 100 < ?3 * s.total) THEN 1 ELSE 0 END)'],
  ['COALESCE(att.basic > ?2, 0) AS basic_valid', 'CASE WHEN att.basic > ?2 THEN 1 ELSE 0 END AS basic_valid'],
  ['COALESCE(att.advanced > ?3, 0) AS advanced_valid', 'CASE WHEN att.advanced > ?3 THEN 1 ELSE 0 END AS advanced_valid'],
  ['COALESCE(att.refresh, f.s) <= ?4 AS overdue', 'CASE WHEN COALESCE(att.refresh, f.s) <= ?4 THEN 1 ELSE 0 END AS overdue'],
  ['f.s > ?5 AS newcomer', 'CASE WHEN f.s > ?5 THEN 1 ELSE 0 END AS newcomer'],
  ['att.p IS NULL AS untrained', 'CASE WHEN att.p IS NULL THEN 1 ELSE 0 END AS untrained'],
  ['MAX(c.r = ?6)', 'MAX(CASE WHEN c.r = ?6 THEN 1 ELSE 0 END)'],
  ['MAX(r = ?6)', 'MAX(CASE WHEN r = ?6 THEN 1 ELSE 0 END)'],
  ['SUM(per.su AND f.advanced_valid)', 'SUM(CASE WHEN per.su = 1 AND f.advanced_valid = 1 THEN 1 ELSE 0 END)'],
  ['SUM(f.newcomer AND f.untrained)', 'SUM(CASE WHEN f.newcomer = 1 AND f.untrained = 1 THEN 1 ELSE 0 END)'],
];
const translated = new Map<string, string>();
/** The PostgreSQL form of one of this file's statements (shared with raw/report-*.ts callers through rawDashboard). */
export function rolloutSqlForPostgres(sql: string): string {
  const known = translated.get(sql);
  if (known !== undefined) return known;
  let out = sql;
  for (const [from, to] of PG_FRAGMENTS) out = out.split(from).join(to);
  out = quoteCamel(out);
  translated.set(sql, out);
  return out;
}

/** On PostgreSQL pass a pg connection (raw-pg.ts, which reads the same way) and 'postgres'. */
async function noUsage(db: Pick<RawDb, 'all'>): Promise<null> {
  const [row] = await db.all<{ month: string | null }>('SELECT MAX(month) AS month FROM usage_month');
  if (row?.month) throw new Error('the rollout bench has no usage; bench/usage.bench.test.ts measures adoption');
  // No usage imported: use is not measured, which the Overview shows as no count at all.
  return null;
}

async function rawTrainingWith(
  db: Pick<RawDb, 'all'>, today: string, newcomerDays: number, types: Map<string, number | null>, superUser: number,
): Promise<Map<number, TrainingFigures>> {
  const rows = await db.all<TrainingFigures & { g: number }>(TRAINING_SQL, [
    today, cutoff(today, types.get('basic') ?? null), cutoff(today, types.get('advanced') ?? null), cutoff(today, 12),
    addDays(today, -newcomerDays), superUser,
  ]);
  return new Map(rows.map(({ g, ...f }) => [g, { ...f, basicShare: f.holders === 0 ? null : f.basicValid / f.holders }]));
}

/** The dashboard's training figures alone, by group: 0 national, -1 the units in no region, else the region's id. */
export async function rawTrainingFigures(raw: Pick<RawDb, 'all'>, today: string, newcomerDays: number, dialect: 'sqlite' | 'postgres' = 'sqlite'): Promise<Map<number, TrainingFigures>> {
  const db = dialect === 'sqlite' ? raw : { all: <T>(sql: string, params?: unknown[]) => raw.all<T>(rolloutSqlForPostgres(sql), params) };
  const types = new Map((await db.all<{ key: string; v: number | null }>(
    "SELECT key, validity_months AS v FROM training_type WHERE key IN ('basic', 'advanced')",
  )).map((t) => [t.key, t.v]));
  const [su] = await db.all<{ id: number }>("SELECT id FROM role WHERE key = 'super_user'");
  return rawTrainingWith(db, today, newcomerDays, types, su?.id ?? -1);
}

export async function rawDashboard(
  raw: Pick<RawDb, 'all'>, today: string, settings: RawDashboardSettings, dialect: 'sqlite' | 'postgres' = 'sqlite',
): Promise<Dashboard> {
  const db = dialect === 'sqlite' ? raw : { all: <T>(sql: string, params?: unknown[]) => raw.all<T>(rolloutSqlForPostgres(sql), params) };
  const shift = (days: number) => addDays(today, days);
  const stageIds = (await db.all<{ id: number }>('SELECT id FROM stage ORDER BY sort_order, id')).map((s) => s.id);
  const regions = await db.all<{ id: number; code: string; name: string }>(
    'SELECT u.id AS id, u.code AS code, u.name AS name FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 1 AND u.archived = 0 ORDER BY u.code',
  );
  const types = new Map((await db.all<{ key: string; v: number | null }>(
    "SELECT key, validity_months AS v FROM training_type WHERE key IN ('basic', 'advanced')",
  )).map((t) => [t.key, t.v]));
  const [su] = await db.all<{ id: number }>("SELECT id FROM role WHERE key = 'super_user'");

  const status = await db.all<StatusRow & { regionId: number | null }>(
    STATUS_SQL, [today, shift(settings.atRiskDays), settings.atRiskPercent, cutoff(today, types.get('basic') ?? null), settings.basicTrainingPercent],
  );
  const training = await rawTrainingWith(db, today, settings.newcomerDays, types, su?.id ?? -1);

  return {
    today,
    national: { ...figures(status, stageIds), training: training.get(0) ?? zeroTraining() },
    regions: regions.map((r) => ({
      regionId: r.id, code: r.code, name: r.name,
      ...figures(status.filter((s) => s.regionId === r.id), stageIds),
      training: training.get(r.id) ?? zeroTraining(),
    })),
    // Group -1: holders at units in no region (the national unit itself).
    nationalLevel: { ...figures(status.filter((s) => s.regionId === null), stageIds), training: training.get(-1) ?? zeroTraining() },
    // «Bruk»'s in-operation-but-unused list: this org has no usage rows, so the one read that finds none is the fair cost.
    unused: await noUsage(db),
  };
}
